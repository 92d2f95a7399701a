package io.cakesync.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cakesync.audit.HrSnapshot.EmployeeRow;
import io.cakesync.source.Emails;
import io.cakesync.source.Employee;
import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.HrRead;
import io.cakesync.source.PersonRef;
import io.cakesync.source.RejectedRecord;

/**
 * The HR side of a targeted run. The planner sees everyone as the HR snapshot has them, with the fresh
 * records of the named people in their place; only changes that concern those people are kept. A
 * named person the source does not return is {@code unknown}: absence is inference, so nothing is
 * changed for them (not even from their old snapshot row) and the next full run decides.
 *
 * @param view    what the planner reads: snapshot plus fresh records, and every rejection of the read
 * @param fresh   the named people as the source returned them, for the snapshot after the run
 * @param ids     employee ids of the named people the source returned (valid or rejected)
 * @param emails  their emails, current and as the snapshot had them
 * @param unknown the named people the source does not know
 */
record TargetedHr(HrRead view, HrRead fresh, Set<String> ids, Set<String> emails, List<PersonRef> unknown) {

    static TargetedHr of(Map<String, EmployeeRow> snapshot, HrRead read, Collection<PersonRef> people) {
        Set<String> namedIds = PersonRef.employeeIds(people);
        Set<String> namedEmails = PersonRef.emails(people);
        List<Employee> returned = read.employees().stream()
                .filter(e -> namedIds.contains(e.employeeId()) || namedEmails.contains(e.email()))
                .toList();
        List<RejectedRecord> doubted = new ArrayList<>(read.rejected().stream()
                .filter(r -> namedIds.contains(trimmed(r.employeeId())) || namedEmails.contains(email(r.email())))
                .toList());
        Set<String> readIds = new HashSet<>();
        returned.forEach(e -> readIds.add(e.employeeId()));
        doubted.forEach(r -> readIds.add(trimmed(r.employeeId())));
        List<RejectedRecord> shared = sharedEmails(snapshot, returned, readIds);
        Set<String> sharedIds = new HashSet<>();
        shared.forEach(r -> sharedIds.add(r.employeeId()));
        List<Employee> found = returned.stream()
                .filter(e -> !sharedIds.contains(e.employeeId()))
                .toList();

        Set<String> ids = new HashSet<>(readIds);
        Set<String> emails = new HashSet<>();
        found.forEach(e -> emails.add(e.email()));
        doubted.forEach(r -> emails.add(email(r.email())));
        ids.remove("");
        emails.remove("");
        Set<String> current = Set.copyOf(emails);
        Set<String> sharedEmails = new HashSet<>();
        shared.forEach(r -> sharedEmails.add(r.email()));
        emails.addAll(sharedEmails);
        ids.forEach(id ->
                Optional.ofNullable(snapshot.get(id)).map(EmployeeRow::email).ifPresent(emails::add));

        List<Employee> everyone = new ArrayList<>(found);
        for (EmployeeRow row : snapshot.values()) {
            if (!ids.contains(row.employeeId()) && !current.contains(row.email())) {
                employee(row).ifPresent(everyone::add);
            }
        }
        List<PersonRef> unknown = people.stream()
                .distinct()
                .filter(p -> p.employeeId() != null
                        ? !ids.contains(p.employeeId())
                        : !current.contains(p.email()) && !sharedEmails.contains(p.email()))
                .toList();
        doubted.addAll(shared);
        List<RejectedRecord> rejected = new ArrayList<>(read.rejected());
        rejected.addAll(shared);
        return new TargetedHr(
                new HrRead(read.origin(), read.recordsRead(), everyone, rejected),
                new HrRead(read.origin(), found.size() + doubted.size(), found, doubted),
                Set.copyOf(ids),
                Set.copyOf(emails),
                unknown);
    }

    /**
     * Fresh records whose email the snapshot gives another employee this read did not return (a
     * rehire's old record, say). A full read sees both and rejects both; a read of the named alone
     * cannot, so the fresh record is doubted and the other stays as the snapshot has it: nothing
     * changes for that email until the next full run.
     */
    private static List<RejectedRecord> sharedEmails(
            Map<String, EmployeeRow> snapshot, List<Employee> returned, Set<String> readIds) {
        Map<String, String> otherByEmail = new HashMap<>();
        Set<String> emails = new HashSet<>();
        returned.forEach(e -> emails.add(e.email()));
        for (EmployeeRow row : snapshot.values()) {
            if (emails.contains(row.email()) && !readIds.contains(row.employeeId())) {
                otherByEmail.putIfAbsent(row.email(), row.employeeId());
            }
        }
        return returned.stream()
                .filter(e -> otherByEmail.containsKey(e.email()))
                .map(e -> new RejectedRecord(
                        e.locator(),
                        e.employeeId(),
                        e.email(),
                        "email " + e.email() + " is also employee " + otherByEmail.get(e.email())
                                + "'s in the last full HR read, who was not re-read; the next full run decides"))
                .toList();
    }

    Focus focus(Window earlier) {
        return Focus.on(ids, emails, earlier);
    }

    private static Optional<Employee> employee(EmployeeRow row) {
        return EmployeeStatus.parse(row.status())
                .map(status -> new Employee(
                        row.employeeId(),
                        row.email(),
                        row.firstName(),
                        row.lastName(),
                        row.department(),
                        status,
                        "HR snapshot",
                        row.attributes()));
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    private static String email(String value) {
        return value == null ? "" : Emails.normalize(value);
    }
}
