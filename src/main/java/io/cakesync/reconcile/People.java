package io.cakesync.reconcile;

import java.util.HashMap;
import java.util.Map;

import io.cakesync.reconcile.PlanInput.PreviousEmployee;
import io.cakesync.source.Emails;
import io.cakesync.source.Employee;
import io.cakesync.source.RejectedRecord;

/** The HR side of a plan, indexed once: by email (current and former) and by doubt. */
final class People {
    private final Map<String, Employee> byEmail = new HashMap<>();
    private final Map<String, String> formerEmails = new HashMap<>();
    private final Map<String, String> doubtful = new HashMap<>();
    private final Map<String, PreviousEmployee> previous;

    private People(Map<String, PreviousEmployee> previous) {
        this.previous = previous;
    }

    static People of(PlanInput in) {
        People people = new People(in.previousEmployees());
        for (Employee e : in.employees()) {
            people.byEmail.put(e.email(), e);
            PreviousEmployee before = in.previousEmployees().get(e.employeeId());
            if (before != null && before.email() != null && !before.email().equals(e.email())) {
                people.formerEmails.put(e.employeeId(), before.email());
            }
        }
        for (Employee e : in.employees()) {
            String former = people.formerEmails.get(e.employeeId());
            if (former != null) {
                people.byEmail.putIfAbsent(former, e);
            }
        }
        in.rejected().forEach(people::doubt);
        return people;
    }

    /** The employee with this email now, or who had it at the last run (an email change in HR). */
    Employee byEmail(String email) {
        return email == null ? null : byEmail.get(email);
    }

    String formerEmail(Employee e) {
        return formerEmails.get(e.employeeId());
    }

    PreviousEmployee before(Employee e) {
        return e == null ? null : previous.get(e.employeeId());
    }

    /** Why a member with this email must not be removed this run, or null. */
    String doubt(String email) {
        return doubtful.get(email);
    }

    /**
     * A rejected HR row might be the only row of a current employee: whoever it could describe (its
     * email, or the email its employee id had last time) must not be removed on its account.
     */
    private void doubt(RejectedRecord row) {
        String why = "HR record at " + row.locator() + " was rejected (" + row.reason() + ")";
        String email = Emails.normalize(row.email());
        if (email != null && !email.isEmpty()) {
            doubtful.putIfAbsent(email, why);
        }
        PreviousEmployee before = row.employeeId() == null ? null : previous.get(row.employeeId().trim());
        if (before != null && before.email() != null) {
            doubtful.putIfAbsent(before.email(), why);
        }
    }
}
