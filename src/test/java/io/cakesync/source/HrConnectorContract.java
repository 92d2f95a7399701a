package io.cakesync.source;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What every connector must do, whatever its HR system: read everyone (leavers included) with the
 * attributes the rules use, and refuse a read it cannot prove complete. A connector's test extends
 * this and serves each scenario in its system's own protocol (WireMock, a file, a database).
 * A scenario a kind of source cannot have (a CSV file has no pages) answers false and is skipped.
 */
public abstract class HrConnectorContract {

    /** A person as the scenario's source holds them; {@code status} is cakesync's name for it. */
    public record Person(
            String id,
            String email,
            String firstName,
            String lastName,
            EmployeeStatus status,
            String department,
            Map<String, String> attributes) {}

    protected static final List<Person> COMPANY = List.of(
            new Person(
                    "1001",
                    "ada@acme.example",
                    "Ada",
                    "Lovelace",
                    EmployeeStatus.ACTIVE,
                    "Engineering",
                    Map.of(Attributes.OFFICE, "Berlin")),
            new Person(
                    "1002",
                    "ben@acme.example",
                    "Ben",
                    "Okafor",
                    EmployeeStatus.ACTIVE,
                    "Sales",
                    Map.of(Attributes.OFFICE, "Hamburg")),
            new Person(
                    "1003",
                    "cleo@acme.example",
                    "Cleo",
                    "Schmidt",
                    EmployeeStatus.LEAVE,
                    "Engineering",
                    Map.of(Attributes.OFFICE, "Berlin")),
            new Person(
                    "1004",
                    "dan@acme.example",
                    "Dan",
                    "Weber",
                    EmployeeStatus.INACTIVE,
                    "Sales",
                    Map.of(Attributes.OFFICE, "Munich")));

    protected abstract HrConnector connector();

    /** Serves these people completely, leavers included. */
    protected abstract void serve(List<Person> people);

    /** Serves these people but loses a page (or ends early); false when the source has no pages. */
    protected abstract boolean serveTruncated(List<Person> people);

    /** Serves these people with a total that does not match them; false when the source gives no total. */
    protected abstract boolean serveTotalMismatch(List<Person> people);

    /** Serves these people with the attribute hidden from the credential (or absent from the source). */
    protected abstract void serveHidden(List<Person> people, String attribute);

    /** Rejects the credential; false when the source has none. */
    protected abstract boolean serveUnauthorized();

    /** Requests the source received so far (calls for an API, reads for a file). */
    protected abstract int requests();

    /**
     * Serves the source so that only a read of the {@code named} people is answered, the way the HR
     * system's one-person or filtered endpoint answers it, while listing everyone fails. False when
     * this kind of source reads everyone for an event (a file) or cannot be served so (a database).
     */
    protected abstract boolean serveOnlyTheNamed(List<Person> named);

    @Test
    void readsEveryoneWithTheAttributesTheRulesUse() {
        serve(COMPANY);

        HrRead read = connector().read(Set.of(Attributes.OFFICE));

        assertThat(read.rejected()).isEmpty();
        assertThat(read.employees())
                .extracting(
                        Employee::employeeId,
                        Employee::email,
                        Employee::status,
                        Employee::department,
                        e -> e.attribute(Attributes.OFFICE))
                .containsExactlyInAnyOrder(COMPANY.stream()
                        .map(p -> tuple(
                                p.id(),
                                p.email(),
                                p.status(),
                                p.department(),
                                p.attributes().get(Attributes.OFFICE)))
                        .toArray(org.assertj.core.groups.Tuple[]::new));
    }

    @Test
    void readsTheNamedPeopleByEmployeeIdOrEmail() {
        serve(COMPANY);

        HrRead read = connector()
                .readPeople(
                        List.of(PersonRef.byEmployeeId("1002"), PersonRef.byEmail("Dan@Acme.example")),
                        Set.of(Attributes.OFFICE));

        assertThat(read.rejected()).isEmpty();
        assertThat(read.employees())
                .extracting(Employee::employeeId, Employee::status, e -> e.attribute(Attributes.OFFICE))
                .containsExactlyInAnyOrder(
                        tuple("1002", EmployeeStatus.ACTIVE, "Hamburg"),
                        tuple("1004", EmployeeStatus.INACTIVE, "Munich"));
    }

    @Test
    void readsTheNamedPeopleWithoutListingEveryone() {
        assumeTrue(
                serveOnlyTheNamed(List.of(COMPANY.get(1), COMPANY.get(3))),
                "this kind of source reads everyone for an event");

        HrRead read = connector()
                .readPeople(
                        List.of(PersonRef.byEmployeeId("1002"), PersonRef.byEmployeeId("1004")),
                        Set.of(Attributes.OFFICE));

        assertThat(read.rejected()).isEmpty();
        assertThat(read.employees())
                .extracting(Employee::employeeId, Employee::status, e -> e.attribute(Attributes.OFFICE))
                .containsExactlyInAnyOrder(
                        tuple("1002", EmployeeStatus.ACTIVE, "Hamburg"),
                        tuple("1004", EmployeeStatus.INACTIVE, "Munich"));
    }

    @Test
    void leavesOutANamedPersonTheSourceDoesNotKnow() {
        serve(COMPANY);

        HrRead read = connector()
                .readPeople(List.of(PersonRef.byEmployeeId("9999"), PersonRef.byEmail("zed@acme.example")), Set.of());

        assertThat(read.employees()).isEmpty();
        assertThat(read.rejected()).isEmpty();
    }

    @Test
    void includesLeavers() {
        serve(COMPANY);

        HrRead read = connector().read(Set.of());

        assertThat(read.employees())
                .extracting(Employee::status)
                .contains(EmployeeStatus.LEAVE, EmployeeStatus.INACTIVE);
    }

    @Test
    void failsATruncatedRead() {
        assumeTrue(serveTruncated(COMPANY), "this kind of source has no pages");

        assertThatThrownBy(() -> connector().read(Set.of())).isInstanceOf(SourceException.class);
    }

    @Test
    void failsWhenTheTotalDoesNotMatch() {
        assumeTrue(serveTotalMismatch(COMPANY), "this kind of source gives no total");

        assertThatThrownBy(() -> connector().read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("total");
    }

    @Test
    void namesAHiddenAttributeInsteadOfReadingItAsEmpty() {
        serveHidden(COMPANY, Attributes.OFFICE);

        assertThatThrownBy(() -> connector().read(Set.of(Attributes.OFFICE)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining(Attributes.OFFICE);
    }

    @Test
    void stopsAtOnceOnARejectedCredential() {
        assumeTrue(serveUnauthorized(), "this kind of source has no credential");
        int before = requests();

        assertThatThrownBy(() -> connector().read(Set.of())).isInstanceOf(SourceException.class);
        assertThat(requests() - before).isEqualTo(1);
    }
}
