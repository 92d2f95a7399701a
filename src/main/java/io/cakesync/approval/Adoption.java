package io.cakesync.approval;

import java.util.List;

import org.jboss.logging.Logger;

import io.cakesync.audit.Ownership;
import io.cakesync.cakewalk.Cakewalk;
import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.mapping.MappedGroup;
import io.cakesync.mapping.MappingResolver;
import io.cakesync.reconcile.NotConfigured;
import io.cakesync.reconcile.SyncConfig;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Adopting a newly mapped group records its current members as known, without removing anyone.
 * Adopted members then leave the group only on an HR event (a leaver, a mover), never merely for
 * being absent from HR: a gentle rollout for a group that was curated by hand.
 */
@ApplicationScoped
public class Adoption {
    private static final Logger LOG = Logger.getLogger(Adoption.class);

    private final Cakewalk cakewalk;
    private final Ownership ownership;
    private final SyncConfig config;

    Adoption(Cakewalk cakewalk, Ownership ownership, SyncConfig config) {
        this.cakewalk = cakewalk;
        this.ownership = ownership;
        this.config = config;
    }

    public record Adopted(String groupId, String groupName, int members) {}

    /** {@code group} is a mapped group's exact name or id. */
    public Adopted adopt(String group, String by) {
        var mappingFile =
                config.mappingFile().orElseThrow(() -> new NotConfigured("sync.mapping-file", "SYNC_MAPPING_FILE"));
        MappedGroup mapped = MappingResolver.load(mappingFile, cakewalk.groups()).stream()
                .filter(g -> g.groupId().equals(group) || g.groupName().equals(group))
                .findFirst()
                .orElseThrow(() -> new ApprovalRefused("'" + group + "' is not a mapped group in " + mappingFile));
        List<String> members = cakewalk.members(mapped.groupId()).stream()
                .map(CakewalkUser::id)
                .toList();
        ownership.adopt(mapped.groupId(), members);
        LOG.infof(
                "%s adopted the %d current members of group %s (%s)",
                by, members.size(), mapped.groupName(), mapped.groupId());
        return new Adopted(mapped.groupId(), mapped.groupName(), members.size());
    }
}
