package io.cakesync.reconcile;

import io.cakesync.mapping.MappedGroup;
import io.cakesync.mapping.Rule;
import io.cakesync.reconcile.PlanInput.PreviousEmployee;
import io.cakesync.source.Employee;
import io.cakesync.source.EmployeeStatus;

/**
 * Why a member HR no longer places in the group would be removed, and on what {@link Basis}: a leaver,
 * a mover (the record changed so the rule stopped matching), a record that does not match, someone HR
 * does not list, or a value the rule depends on that vanished from the read. {@code inGrace} is true
 * for a department mover still inside the configured grace period.
 */
record Removal(String reason, Basis basis, boolean inGrace) {

    /** Only HR itself changing (a leaver, a mover) may remove an adopted member. */
    boolean hrEvent() {
        return basis == Basis.LEFT || basis == Basis.MOVED;
    }

    /** {@code nobodyMatches}: the rule matches no one HR lists any more, and several members would leave. */
    static Removal judge(
            MappedGroup group,
            Employee e,
            PreviousEmployee before,
            boolean nobodyMatches,
            People people,
            PlanInput in) {
        if (e == null) {
            return new Removal("not in the HR source", Basis.ABSENT, false);
        }
        Rule rule = group.rule();
        if (rule.excludes(e.email())) {
            return new Removal("excluded by the mapping file (line " + rule.excludeLine() + ")", Basis.MISMATCH, false);
        }
        if (e.status() == EmployeeStatus.LEAVE && !in.policy().keepOnLeave()) {
            return new Removal("status leave (leave policy: remove)", Basis.LEFT, false);
        }
        if (e.status() != EmployeeStatus.ACTIVE && e.status() != EmployeeStatus.LEAVE) {
            return new Removal("status " + e.status().label(), Basis.LEFT, false);
        }
        Move move = Move.of(rule, e, before, in.now());
        String reason = move == null ? rule.mismatch(e.department(), e.attributes()) : move.reason();
        if (nobodyMatches) {
            return new Removal(
                    reason + "; no one in the HR read matches this group's rule any more", Basis.VANISHED, false);
        }
        if (move == null) {
            return new Removal(reason, Basis.MISMATCH, false);
        }
        String vanished = move.vanished(people);
        if (vanished != null) {
            return new Removal(reason + "; " + vanished + " no longer appears in the HR read", Basis.VANISHED, false);
        }
        if (move.since() != null
                && !in.moverGrace().isZero()
                && move.since().plus(in.moverGrace()).isAfter(in.now())) {
            return new Removal(
                    reason + "; keeps access until " + move.since().plus(in.moverGrace()) + " (mover grace period)",
                    Basis.MOVED,
                    true);
        }
        return new Removal(reason, Basis.MOVED, false);
    }
}
