package io.cakesync.reconcile;

import java.time.Instant;

import io.cakesync.reconcile.PlanInput.PreviousEmployee;
import io.cakesync.source.Employee;
import io.cakesync.source.EmployeeStatus;

/**
 * Why a member HR no longer wants would be removed. {@code hrEvent} is true when HR itself changed
 * (a leaver, a mover): only then may an adopted member be removed. {@code inGrace} is true for a
 * mover still inside the configured grace period.
 */
record Removal(String reason, boolean hrEvent, boolean inGrace) {

    static Removal judge(Employee e, PreviousEmployee before, PlanInput in) {
        if (e == null) {
            return new Removal("not in the HR source", false, false);
        }
        if (e.status() == EmployeeStatus.LEAVE) {
            return new Removal("status leave (leave policy: remove)", true, false);
        }
        if (e.status() != EmployeeStatus.ACTIVE) {
            return new Removal("status " + e.status().label(), true, false);
        }
        String from = null;
        Instant since = null;
        if (before != null && before.department() != null && !Planner.sameDepartment(before.department(), e.department())) {
            from = before.department();
            since = in.now();
        } else if (before != null && before.previousDepartment() != null) {
            from = before.previousDepartment();
            since = before.departmentSince();
        }
        if (from == null) {
            return new Removal("department " + e.department() + " does not feed this group", false, false);
        }
        String moved = "moved from " + from + " to " + e.department();
        if (since != null && !in.moverGrace().isZero() && since.plus(in.moverGrace()).isAfter(in.now())) {
            return new Removal(moved + "; keeps access until " + since.plus(in.moverGrace()) + " (mover grace period)",
                    true, true);
        }
        return new Removal(moved, true, false);
    }
}
