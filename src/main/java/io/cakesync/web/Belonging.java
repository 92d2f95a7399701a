package io.cakesync.web;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cakesync.audit.GroupStates.Member;
import io.cakesync.mapping.Block;
import io.cakesync.mapping.GroupMode;
import io.cakesync.mapping.MappedGroup;
import io.cakesync.mapping.Rule;
import io.cakesync.source.Emails;

/**
 * Why a member of a group's snapshot is in it, from the group's rule and what HR last said: the
 * same facts a run's plan is made of, said the way its reasons say them ("department Engineering").
 */
record Belonging(String reason, boolean byRule) {

    /** {@code protectedEverywhere}: normalized emails and user ids of sync.safety.protected-members. */
    static Belonging of(MappedGroup group, Member m, boolean keepOnLeave, Set<String> protectedEverywhere) {
        boolean inHr = m.hrStatus() != null;
        boolean placed = inHr && ("active".equals(m.hrStatus()) || ("leave".equals(m.hrStatus()) && keepOnLeave));
        Map<String, String> attributes = m.attributes() == null ? Map.of() : m.attributes();
        Rule rule = group.rule();
        boolean excluded = rule.excludes(Emails.normalize(m.email()));
        Optional<Block> block = placed && !excluded ? rule.matching(m.department(), attributes) : Optional.empty();
        if (block.isPresent()) {
            return new Belonging(
                    block.get().facts(m.department(), attributes) + ("leave".equals(m.hrStatus()) ? " (on leave)" : ""),
                    true);
        }
        // An included person needs no HR record; one HR lists as gone is not kept by the include.
        if (!excluded && (placed || !inHr) && rule.includes(Emails.normalize(m.email()))) {
            return new Belonging("included by the mapping file (line " + rule.includeLine() + ")", true);
        }
        String notPlaced = !inHr
                ? "not in the HR source"
                : excluded
                        ? "excluded by the mapping file (line " + rule.excludeLine() + ")"
                        : placed ? rule.mismatch(m.department(), attributes) : "status " + m.hrStatus();
        if (isProtected(group, m, protectedEverywhere)) {
            return kept("protected member", notPlaced);
        }
        if (group.mode() == GroupMode.ADDITIVE) {
            return kept("additive group, cakesync never removes", notPlaced);
        }
        if (group.mode() == GroupMode.MANAGED_ONLY && m.owned() == null) {
            return kept("managed-only group, and cakesync did not add this member", notPlaced);
        }
        if ("ADOPTED".equals(m.owned()) && !inHr) {
            return kept("adopted, and HR reports no leave or move", notPlaced);
        }
        return new Belonging(notPlaced + "; not placed here by HR, so the next run removes them unless held", false);
    }

    private static Belonging kept(String why, String notPlaced) {
        return new Belonging("kept: " + why + " (" + notPlaced + ")", false);
    }

    private static boolean isProtected(MappedGroup group, Member m, Set<String> everywhere) {
        String id = Emails.normalize(m.userId());
        String email = Emails.normalize(m.email());
        return everywhere.contains(id)
                || group.protectedMembers().contains(id)
                || (email != null
                        && (everywhere.contains(email)
                                || group.protectedMembers().contains(email)));
    }
}
