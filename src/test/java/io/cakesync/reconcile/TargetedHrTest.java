package io.cakesync.reconcile;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cakesync.audit.HrSnapshot.EmployeeRow;
import io.cakesync.reconcile.vocabulary.Outcome;
import io.cakesync.source.Employee;
import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.HrRead;
import io.cakesync.source.PersonRef;
import io.cakesync.source.RejectedRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TargetedHrTest {
    static final Map<String, EmployeeRow> SNAPSHOT = Map.of(
            "E1", row("E1", "ada@acme.example", "Sales", "active"),
            "E2", row("E2", "ben@acme.example", "Sales", "active"),
            "E3", row("E3", "cleo@acme.example", "Finance", "active"),
            "E4", row("E4", "dan@acme.example", "Sales", "active"));

    @Test
    void theNamedPeoplesFreshRecordsReplaceTheirSnapshotRows() {
        HrRead read = read(List.of(employee("E2", "ben@acme.example", "Sales", EmployeeStatus.TERMINATED)));

        TargetedHr hr = TargetedHr.of(SNAPSHOT, read, List.of(PersonRef.byEmployeeId("E2")));

        assertThat(hr.view().employees())
                .extracting(Employee::employeeId, Employee::status)
                .containsExactlyInAnyOrder(
                        tuple("E1", EmployeeStatus.ACTIVE), tuple("E2", EmployeeStatus.TERMINATED),
                        tuple("E3", EmployeeStatus.ACTIVE), tuple("E4", EmployeeStatus.ACTIVE));
        assertThat(hr.fresh().employees()).extracting(Employee::employeeId).containsExactly("E2");
        assertThat(hr.unknown()).isEmpty();
    }

    @Test
    void aNamedPersonTheSourceDoesNotReturnIsUnknownAndOutOfFocus() {
        HrRead read = read(List.of());

        TargetedHr hr = TargetedHr.of(
                SNAPSHOT, read, List.of(PersonRef.byEmail("Dan@Acme.example"), PersonRef.byEmployeeId("E99")));

        assertThat(hr.unknown()).containsExactly(PersonRef.byEmail("dan@acme.example"), PersonRef.byEmployeeId("E99"));
        assertThat(hr.ids()).isEmpty();
        assertThat(hr.emails()).isEmpty();
        Plan plan = new Plan(List.of(remove("dan@acme.example", "E4")));
        assertThat(hr.focus(Window.NONE).keep(plan).changes())
                .as("inference, never a removal")
                .isEmpty();
    }

    @Test
    void aChangedEmailKeepsTheFormerEmailInFocus() {
        HrRead read = read(List.of(employee("E1", "ada.l@acme.example", "Sales", EmployeeStatus.ACTIVE)));

        TargetedHr hr = TargetedHr.of(SNAPSHOT, read, List.of(PersonRef.byEmployeeId("E1")));

        assertThat(hr.emails()).containsExactlyInAnyOrder("ada.l@acme.example", "ada@acme.example");
        Plan plan = new Plan(List.of(remove("ada@acme.example", null), remove("ben@acme.example", "E2")));
        assertThat(hr.focus(Window.NONE).keep(plan).changes())
                .extracting(PlannedChange::email)
                .containsExactly("ada@acme.example");
    }

    @Test
    void aFreshRecordWhoseEmailTheSnapshotGivesSomeoneNotReReadIsDoubtedAndTheyStay() {
        HrRead read = read(List.of(employee("E9", "ben@acme.example", "Finance", EmployeeStatus.TERMINATED)));

        TargetedHr hr = TargetedHr.of(SNAPSHOT, read, List.of(PersonRef.byEmployeeId("E9")));

        assertThat(hr.view().employees())
                .as("a full read would see both records and reject both; Ben stays as the snapshot has him")
                .extracting(Employee::employeeId, Employee::status)
                .containsExactlyInAnyOrder(
                        tuple("E1", EmployeeStatus.ACTIVE), tuple("E2", EmployeeStatus.ACTIVE),
                        tuple("E3", EmployeeStatus.ACTIVE), tuple("E4", EmployeeStatus.ACTIVE));
        assertThat(hr.view().rejected())
                .extracting(RejectedRecord::employeeId, RejectedRecord::reason)
                .containsExactly(tuple(
                        "E9",
                        "email ben@acme.example is also employee E2's in the last full HR read, who was not"
                                + " re-read; the next full run decides"));
        assertThat(hr.fresh().employees()).isEmpty();
        assertThat(hr.unknown()).isEmpty();
    }

    @Test
    void aNamedPersonWhoseRecordWasRejectedIsKnownAndDoubted() {
        HrRead read = new HrRead(
                "hr.csv",
                1,
                List.of(),
                List.of(new RejectedRecord("line 3", "E3", "cleo@acme.example", "unknown status 'gone'")));

        TargetedHr hr = TargetedHr.of(SNAPSHOT, read, List.of(PersonRef.byEmployeeId("E3")));

        assertThat(hr.unknown()).isEmpty();
        assertThat(hr.ids()).containsExactly("E3");
        assertThat(hr.view().employees()).extracting(Employee::employeeId).containsExactlyInAnyOrder("E1", "E2", "E4");
        assertThat(hr.view().rejected()).hasSize(1);
        assertThat(hr.fresh().employees()).isEmpty();
    }

    private static HrRead read(List<Employee> employees) {
        return new HrRead("hr.csv", employees.size(), employees, List.of());
    }

    private static Employee employee(String id, String email, String department, EmployeeStatus status) {
        return new Employee(id, email, null, null, department, status, "line 2", Map.of());
    }

    private static EmployeeRow row(String id, String email, String department, String status) {
        return new EmployeeRow(id, email, null, null, department, status, Map.of(), null, null);
    }

    private static PlannedChange remove(String email, String employeeId) {
        return new PlannedChange(
                "g-sales",
                "Sales",
                Action.REMOVE,
                "u-" + email,
                email,
                employeeId,
                "status terminated",
                Outcome.PLANNED,
                Basis.LEFT);
    }
}
