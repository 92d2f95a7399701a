package io.cakesync.source;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** The HR source the configuration names ({@code sync.source.kind}): the one every run and check reads. */
@ApplicationScoped
public class HrSource {
    private final SourceConfig config;
    private final List<HrConnector> connectors;

    HrSource(SourceConfig config, Instance<HrConnector> connectors) {
        this.config = config;
        this.connectors = connectors.stream().toList();
    }

    /**
     * Reads the whole source. A read that cannot be proven complete throws {@link SourceException};
     * a bad record is returned in {@link HrRead#rejected()}.
     */
    public HrRead read() {
        return connector().read();
    }

    /** What a cheap look at the configured source finds wrong, if anything; never a full read. */
    public Optional<String> probe() {
        return connector().probe();
    }

    private HrConnector connector() {
        String kind = config.kind().strip();
        return connectors.stream().filter(c -> c.kind().equalsIgnoreCase(kind)).findFirst()
                .orElseThrow(() -> new SourceException("sync.source.kind (SYNC_SOURCE_KIND) is '" + kind
                        + "'; known kinds: " + String.join(", ", connectors.stream().map(HrConnector::kind).toList())));
    }
}
