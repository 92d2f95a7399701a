package io.cakesync.reconcile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import io.cakesync.audit.StateStore;
import io.cakesync.audit.StateStore.MemberRow;
import io.cakesync.audit.StateStore.UserRow;
import io.cakesync.cakewalk.Cakewalk;
import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.source.Emails;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Step 4 of a run: reads the Cakewalk users, resolves the mapping against the real groups, and reads
 * the members of every mapped group (never of an unmapped one), keeping a snapshot of each.
 */
@ApplicationScoped
class CakewalkReader {
    private static final Logger LOG = Logger.getLogger(CakewalkReader.class);

    private final Cakewalk cakewalk;
    private final StateStore state;

    CakewalkReader(Cakewalk cakewalk, StateStore state) {
        this.cakewalk = cakewalk;
        this.state = state;
    }

    CakewalkState read(long runId, Path mappingFile) {
        List<MappedGroup> groups = MappingResolver.load(mappingFile, cakewalk.groups());
        List<CakewalkUser> users = cakewalk.users();
        state.saveUsers(users.stream().map(u -> new UserRow(u.id(), u.email(), u.name(), u.statusName())).toList());
        Map<String, List<CakewalkUser>> members = new LinkedHashMap<>();
        for (MappedGroup group : groups) {
            List<CakewalkUser> current = cakewalk.members(group.groupId());
            members.put(group.groupId(), current);
            state.saveGroupMembers(runId, group.groupId(), group.groupName(), rows(current));
        }
        return new CakewalkState(groups, byEmail(users), members);
    }

    static List<MemberRow> rows(List<CakewalkUser> members) {
        return members.stream().map(m -> new MemberRow(m.id(), Emails.normalize(m.email()))).toList();
    }

    /**
     * Two Cakewalk users with one email cannot be told apart by HR data; neither is indexed, so the
     * employee is deferred instead of added to a guess.
     */
    private static Map<String, CakewalkUser> byEmail(List<CakewalkUser> users) {
        Map<String, CakewalkUser> index = new HashMap<>();
        Map<String, Boolean> clash = new HashMap<>();
        for (CakewalkUser u : users) {
            String email = Emails.normalize(u.email());
            if (email == null || email.isEmpty()) {
                continue;
            }
            if (index.putIfAbsent(email, u) != null) {
                clash.put(email, true);
            }
        }
        clash.keySet().forEach(email -> {
            LOG.warnf("several Cakewalk users share the email %s; none of them is matched to HR", email);
            index.remove(email);
        });
        return index;
    }
}
