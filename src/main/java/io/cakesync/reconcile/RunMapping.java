package io.cakesync.reconcile;

import java.nio.file.Path;

import io.cakesync.mapping.Mapping;
import io.cakesync.source.HrSource;

/** The mapping file a run decides by, read before HR or Cakewalk so the HR read asks for what the rules use. */
final class RunMapping {
    private RunMapping() {}

    static Mapping read(SyncConfig config, HrSource source) {
        Path file = config.mappingFile().orElseThrow(() -> new NotConfigured("sync.mapping-file", "SYNC_MAPPING_FILE"));
        return Mapping.read(file)
                .checkedAgainst(source.kind(), source::provides)
                .orThrow();
    }
}
