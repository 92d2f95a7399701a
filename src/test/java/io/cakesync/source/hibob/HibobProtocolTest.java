package io.cakesync.source.hibob;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.source.Attributes;
import io.cakesync.source.Employee;
import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.HrRead;
import io.cakesync.source.PersonRef;
import io.cakesync.source.Probe;
import io.cakesync.source.SourceException;
import io.cakesync.testing.FakeTiming;
import io.cakesync.testing.PostgresResource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/** The HiBob people search as HiBob documents it, on WireMock: what is sent, and every hazard of the answer. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class HibobProtocolTest {
    private static final String SEARCH = "/v1/people/search";
    private static final String ADA = "3332883884017713238";
    private static final String BEN = "3332883884017713239";
    private static WireMockServer wm;

    private final FakeTiming time = new FakeTiming();

    @BeforeAll
    static void startHibob() {
        wm = new WireMockServer(options().dynamicPort());
        wm.start();
    }

    @AfterAll
    static void stopHibob() {
        wm.stop();
    }

    @BeforeEach
    void reset() {
        wm.resetAll();
    }

    private HibobConnector connector(String... settings) {
        return new HibobConnector(HibobSettings.of(wm.baseUrl(), settings), time.timing());
    }

    private static ObjectNode ada() {
        return HibobJson.person(ADA, "ada@acme.example", "Ada", "Lovelace", "Employed", "Engineering", "Berlin");
    }

    private static ObjectNode ben() {
        return HibobJson.person(BEN, "ben@acme.example", "Ben", "Okafor", "Terminated", "Sales", "Hamburg");
    }

    private static void answer(ResponseDefinitionBuilder response) {
        wm.stubFor(post(SEARCH).willReturn(response));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    @Test
    void asksForEveryFieldWithLeaversAndNamesAsTheServiceUser() {
        answer(json(HibobJson.answer(ada())));

        connector().read(Set.of(Attributes.OFFICE));

        String basic = Base64.getEncoder()
                .encodeToString(
                        (HibobSettings.SERVICE_USER + ":" + HibobSettings.TOKEN).getBytes(StandardCharsets.UTF_8));
        wm.verify(
                1,
                postRequestedFor(urlEqualTo(SEARCH))
                        .withHeader("Authorization", equalTo("Basic " + basic))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withRequestBody(equalToJson("""
                        {"fields": ["root.id", "root.email", "root.firstName", "root.surname",
                                    "internal.lifecycleStatus", "work.department", "work.site",
                                    "payroll.employment.type", "work.title", "work.reportsTo.email",
                                    "work.startDate", "internal.terminationDate"],
                         "showInactive": true,
                         "humanReadable": "APPEND"}""")));
    }

    @Test
    void readsListValuesByNameAndDatesAndEmailsAsMachineValues() {
        answer(json(HibobJson.answer(ada())));

        Employee ada = connector().read(Set.of()).employees().get(0);

        assertThat(ada)
                .extracting(
                        Employee::employeeId,
                        Employee::email,
                        Employee::firstName,
                        Employee::lastName,
                        Employee::department,
                        Employee::status,
                        Employee::locator)
                .containsExactly(
                        ADA,
                        "ada@acme.example",
                        "Ada",
                        "Lovelace",
                        "Engineering",
                        EmployeeStatus.ACTIVE,
                        "HiBob employee " + ADA);
        assertThat(ada.attributes())
                .containsOnly(
                        entry(Attributes.OFFICE, "Berlin"),
                        entry(Attributes.JOB_TITLE, "Engineer"),
                        entry(Attributes.EMPLOYMENT_TYPE, "Permanent"),
                        entry(Attributes.MANAGER_EMAIL, "grace@acme.example"),
                        entry(Attributes.START_DATE, "2019-04-01"));
    }

    @Test
    void readsCompanyDefinedFieldsForCostCentreAndLegalEntity() {
        ObjectNode ada = ada();
        HibobJson.at(ada, "work", "customColumns").put("column_55", "CC-4711");
        HibobJson.at(ada, "humanReadable", "work", "customColumns").put("column_55", "CC-4711 Platform");
        HibobJson.at(ada, "work").put("legalEntity", "Acme GmbH");
        answer(json(HibobJson.answer(ada)));

        Employee read = connector(
                        "fields.cost-centre", "work.customColumns.column_55", "fields.legal-entity", "work.legalEntity")
                .read(Set.of(Attributes.COST_CENTRE, Attributes.LEGAL_ENTITY))
                .employees()
                .get(0);

        assertThat(read.attribute(Attributes.COST_CENTRE)).isEqualTo("CC-4711 Platform");
        assertThat(read.attribute(Attributes.LEGAL_ENTITY)).isEqualTo("Acme GmbH");
    }

    @Test
    void mapsEveryLifecycleStatusHibobDocuments() {
        String[] lifecycles = {
            "Hired", "Employed", "Leave", "Parental leave", "Sabbatical", "Garden leave", "Terminated"
        };
        List<ObjectNode> people = new ArrayList<>();
        for (int i = 0; i < lifecycles.length; i++) {
            people.add(
                    HibobJson.person("10" + i, "p" + i + "@acme.example", "P", "Q", lifecycles[i], "Sales", "Berlin"));
        }
        answer(json(HibobJson.answer(people)));

        HrRead read =
                connector("leave-statuses", "Leave,Parental leave,Sabbatical").read(Set.of());

        assertThat(read.rejected()).isEmpty();
        assertThat(read.employees())
                .extracting(Employee::employeeId, Employee::status)
                .containsExactly(
                        tuple("100", EmployeeStatus.PRE_HIRE),
                        tuple("101", EmployeeStatus.ACTIVE),
                        tuple("102", EmployeeStatus.LEAVE),
                        tuple("103", EmployeeStatus.LEAVE),
                        tuple("104", EmployeeStatus.LEAVE),
                        tuple("105", EmployeeStatus.INACTIVE),
                        tuple("106", EmployeeStatus.TERMINATED));
    }

    @Test
    void rejectsALifecycleStatusNobodyMapped() {
        answer(json(HibobJson.answer(
                HibobJson.person("100", "p@acme.example", "P", "Q", "Sabbatical", "Sales", "Berlin"))));

        HrRead read = connector().read(Set.of());

        assertThat(read.rejected())
                .extracting(r -> r.locator(), r -> r.reason())
                .containsExactly(tuple(
                        "HiBob employee 100",
                        "unknown status 'Sabbatical' (expected employed, hired, leave, parental leave,"
                                + " garden leave, terminated)"));
    }

    @Test
    void readsTheFlatFieldFormOfOlderAnswers() {
        ObjectNode ada = ada();
        ada.remove("humanReadable");
        HibobJson.at(ada, "work").remove("department");
        ada.putObject("/work/department").put("value", "Engineering");
        HibobJson.at(ada, "internal").put("lifecycleStatus", "Employed");
        answer(json(HibobJson.answer(ada)));

        assertThat(connector().read(Set.of()).employees())
                .extracting(Employee::department)
                .containsExactly("Engineering");
    }

    @Test
    void namesAFieldTheServiceUserMayNotRead() {
        ObjectNode ada = ada();
        ObjectNode ben = ben();
        HibobJson.at(ada, "work").remove("site");
        HibobJson.at(ben, "work").remove("site");
        answer(json(HibobJson.answer(ada, ben)));

        assertThatThrownBy(() -> connector().read(Set.of(Attributes.OFFICE)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("HiBob did not return field work.site (office) for 2 of 2 employee(s)")
                .hasMessageContaining("permission group");
    }

    @Test
    void failsWhenTheServiceUserMayReadAFieldForSomeEmployeesOnly() {
        ObjectNode ben = ben();
        ben.remove("work");
        answer(json(HibobJson.answer(ada(), ben)));

        assertThatThrownBy(() -> connector().read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining(
                        "field work.department (department) for 1 of 2 employee(s), e.g. HiBob employee " + BEN);
    }

    @Test
    void failsWhenAFieldEveryRecordNeedsIsHidden() {
        ObjectNode ada = ada();
        ada.remove("email");
        answer(json(HibobJson.answer(ada)));

        assertThatThrownBy(() -> connector().read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("root.email (email)");
    }

    @Test
    void readsWithoutAnAttributeNoRuleUsesWhenItIsHidden() {
        ObjectNode ada = ada();
        HibobJson.at(ada, "work").remove("site");
        HibobJson.at(ada, "humanReadable", "work").remove("site");
        answer(json(HibobJson.answer(ada)));

        Employee read = connector().read(Set.of()).employees().get(0);

        assertThat(read.attribute(Attributes.OFFICE)).isNull();
    }

    @Test
    void refusesARuleAttributeHibobIsNotSetUpToGiveWithoutCallingIt() {
        assertThatThrownBy(() -> connector().read(Set.of(Attributes.COST_CENTRE)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("sync.source.hibob.fields.cost-centre");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusesToCallWithoutCredentials() {
        HibobConnector connector = new HibobConnector(HibobSettings.of(wm.baseUrl(), "token", " "), time.timing());

        assertThatThrownBy(() -> connector.read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("sync.source.hibob.token (environment variable SYNC_SOURCE_HIBOB_TOKEN)");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void stopsAfterOneCallWhenHibobRejectsTheCredentials() {
        answer(aResponse().withStatus(401));

        assertThatThrownBy(() -> connector().read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("HiBob rejected the service user's credentials (HTTP 401)")
                .hasMessageContaining("sync.source.hibob.service-user-id")
                .hasMessageContaining("sync.source.hibob.token")
                .hasMessageContaining("Not retried")
                .hasMessageNotContaining(HibobSettings.TOKEN);
        wm.verify(1, postRequestedFor(urlEqualTo(SEARCH)));
        assertThat(time.waits).isEmpty();
    }

    @Test
    void stopsAfterOneCallWhenTheServiceUserMayNotSearch() {
        answer(aResponse().withStatus(403));

        assertThatThrownBy(() -> connector().read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("HTTP 403")
                .hasMessageContaining("permission group");
        wm.verify(1, postRequestedFor(urlEqualTo(SEARCH)));
    }

    @Test
    void waitsUntilTheRateLimitWindowResetsOn429() {
        wm.stubFor(post(SEARCH)
                .inScenario("limit")
                .whenScenarioStateIs(STARTED)
                .willSetStateTo("open")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("X-RateLimit-Limit", "50")
                        .withHeader("X-RateLimit-Remaining", "0")
                        .withHeader("X-RateLimit-Reset", Long.toString(FakeTiming.NOW.getEpochSecond() + 17))));
        wm.stubFor(
                post(SEARCH).inScenario("limit").whenScenarioStateIs("open").willReturn(json(HibobJson.answer(ada()))));

        HrRead read = connector().read(Set.of());

        assertThat(read.employees()).hasSize(1);
        assertThat(time.waits).containsExactly(Duration.ofSeconds(17));
        wm.verify(2, postRequestedFor(urlEqualTo(SEARCH)));
    }

    @Test
    void prefersRetryAfterWhenHibobSendsIt() {
        wm.stubFor(post(SEARCH)
                .inScenario("limit")
                .whenScenarioStateIs(STARTED)
                .willSetStateTo("open")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "3")
                        .withHeader("X-RateLimit-Reset", Long.toString(FakeTiming.NOW.getEpochSecond() + 40))));
        wm.stubFor(
                post(SEARCH).inScenario("limit").whenScenarioStateIs("open").willReturn(json(HibobJson.answer(ada()))));

        connector().read(Set.of());

        assertThat(time.waits).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void retriesAServerErrorAfterABackoff() {
        wm.stubFor(post(SEARCH)
                .inScenario("flaky")
                .whenScenarioStateIs(STARTED)
                .willSetStateTo("up")
                .willReturn(aResponse().withStatus(502)));
        wm.stubFor(
                post(SEARCH).inScenario("flaky").whenScenarioStateIs("up").willReturn(json(HibobJson.answer(ada()))));

        assertThat(connector().read(Set.of()).employees()).hasSize(1);
        assertThat(time.waits).containsExactly(Duration.ofMillis(500));
        wm.verify(2, postRequestedFor(urlEqualTo(SEARCH)));
    }

    @Test
    void givesUpAfterTheConfiguredAttempts() {
        answer(aResponse().withStatus(500));

        assertThatThrownBy(() -> connector("retry.max-attempts", "3").read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("failed after 3 attempt(s): HTTP 500");
        wm.verify(3, postRequestedFor(urlEqualTo(SEARCH)));
    }

    @Test
    void failsAtOnceOnAnotherClientError() {
        answer(aResponse().withStatus(400).withBody("{\"error\":\"bad field\"}"));

        assertThatThrownBy(() -> connector().read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("failed after 1 attempt(s): HTTP 400");
    }

    @Test
    void failsAnAnswerCutOffInTransit() {
        String whole = HibobJson.answer(ada(), ben());
        answer(json(whole.substring(0, whole.length() / 2)));

        assertThatThrownBy(() -> connector().read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("not complete JSON");
    }

    @Test
    void failsAnAnswerWithoutAnEmployeesArray() {
        answer(json("{\"people\": []}"));

        assertThatThrownBy(() -> connector().read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("no employees array");
    }

    @Test
    void failsAnAnswerThatFindsNobody() {
        answer(json("{\"employees\": []}"));

        assertThatThrownBy(() -> connector().read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("found no employees");
    }

    @Test
    void readsTheNamedPeopleWithOneSearchFilteredOnTheirIdsAndOneOnTheirEmails() {
        answer(json(HibobJson.answer(ada(), ben())));

        HrRead read = connector()
                .readPeople(
                        List.of(PersonRef.byEmployeeId(BEN), PersonRef.byEmail("Ada@Acme.example")),
                        Set.of(Attributes.OFFICE));

        assertThat(read.employees())
                .extracting(Employee::employeeId, Employee::status)
                .containsExactlyInAnyOrder(tuple(ADA, EmployeeStatus.ACTIVE), tuple(BEN, EmployeeStatus.TERMINATED));
        wm.verify(2, postRequestedFor(urlEqualTo(SEARCH)));
        wm.verify(postRequestedFor(urlEqualTo(SEARCH)).withRequestBody(equalToJson("""
                        {"filters": [{"fieldPath": "root.id", "operator": "equals", "values": ["%s"]}],
                         "showInactive": true, "humanReadable": "APPEND"}""".formatted(BEN), false, true)));
        wm.verify(postRequestedFor(urlEqualTo(SEARCH)).withRequestBody(equalToJson("""
                        {"filters": [{"fieldPath": "root.email", "operator": "equals",
                                      "values": ["ada@acme.example"]}],
                         "showInactive": true, "humanReadable": "APPEND"}""", false, true)));
    }

    @Test
    void keepsOnlyTheNamedWhenTheSearchAnswersOthersToo() {
        answer(json(HibobJson.answer(ada(), ben())));

        HrRead read = connector().readPeople(List.of(PersonRef.byEmployeeId(ADA)), Set.of());

        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly(ADA);
    }

    @Test
    void asksNothingForAnIdThatCannotBeHibobs() {
        HrRead read = connector().readPeople(List.of(PersonRef.byEmployeeId("E-17")), Set.of());

        assertThat(read.employees()).isEmpty();
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void readsSomeoneNamedByIdAndByEmailOnce() {
        answer(json(HibobJson.answer(ada())));

        HrRead read = connector()
                .readPeople(List.of(PersonRef.byEmployeeId(ADA), PersonRef.byEmail("ada@acme.example")), Set.of());

        assertThat(read.rejected()).isEmpty();
        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly(ADA);
    }

    @Test
    void findsNobodyForANamedPersonHibobDoesNotKnow() {
        answer(json("{\"employees\": []}"));

        HrRead read = connector().readPeople(List.of(PersonRef.byEmployeeId("404")), Set.of());

        assertThat(read.employees()).isEmpty();
        assertThat(read.rejected()).isEmpty();
        wm.verify(1, postRequestedFor(urlEqualTo(SEARCH)));
    }

    @Test
    void failsATargetedReadWhoseSearchKeepsFailing() {
        answer(aResponse().withStatus(503));

        assertThatThrownBy(() ->
                        connector("retry.max-attempts", "2").readPeople(List.of(PersonRef.byEmployeeId(ADA)), Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("HiBob people search for root.id " + ADA)
                .hasMessageContaining("failed after 2 attempt(s): HTTP 503");
        wm.verify(2, postRequestedFor(urlEqualTo(SEARCH)));
    }

    @Test
    void namesAFieldHiddenForTheNamedPersonInATargetedRead() {
        ObjectNode ada = ada();
        HibobJson.at(ada, "work").remove("site");
        HibobJson.at(ada, "humanReadable", "work").remove("site");
        answer(json(HibobJson.answer(ada)));

        assertThatThrownBy(
                        () -> connector().readPeople(List.of(PersonRef.byEmployeeId(ADA)), Set.of(Attributes.OFFICE)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("work.site");
    }

    @Test
    void spacesSearchesByTheConfiguredRateLimit() {
        answer(json(HibobJson.answer(ada())));
        HibobConnector connector = connector("rate-limit-per-minute", "30");

        connector.read(Set.of());
        connector.read(Set.of());

        assertThat(time.waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void probeShowsTheCredentialsTheEmployeesAndEachFieldARuleNeeds() {
        ObjectNode ada = ada();
        HibobJson.at(ada, "work").remove("site");
        answer(json(HibobJson.answer(ada, ben())));

        assertThat(connector().probe(Set.of(Attributes.OFFICE)))
                .extracting(Probe::item, Probe::verdict)
                .containsExactly(
                        tuple("HiBob credentials", Probe.Verdict.PASS),
                        tuple("HiBob people search", Probe.Verdict.PASS),
                        tuple("HiBob field root.id (employee id)", Probe.Verdict.PASS),
                        tuple("HiBob field root.email (email)", Probe.Verdict.PASS),
                        tuple("HiBob field root.firstName (first name)", Probe.Verdict.PASS),
                        tuple("HiBob field root.surname (last name)", Probe.Verdict.PASS),
                        tuple("HiBob field internal.lifecycleStatus (status)", Probe.Verdict.PASS),
                        tuple("HiBob field work.department (department)", Probe.Verdict.PASS),
                        tuple("HiBob field work.site (office)", Probe.Verdict.FAIL));
        wm.verify(1, postRequestedFor(urlEqualTo(SEARCH)));
    }

    @Test
    void probeWarnsWhenTheAnswerHoldsNoLeavers() {
        answer(json(HibobJson.answer(ada())));

        assertThat(connector().probe(Set.of()))
                .filteredOn(p -> p.item().equals("HiBob people search"))
                .extracting(Probe::verdict, Probe::detail)
                .containsExactly(tuple(
                        Probe.Verdict.WARN,
                        "1 employee(s) in one answer (HiBob's search has no pages), 0 of them leavers: if the company"
                                + " has former employees, the service user's permission group does not cover them"
                                + " and leavers would look like absentees"));
    }

    @Test
    void probeFailsInOneCallOnRejectedCredentials() {
        answer(aResponse().withStatus(401));

        assertThat(connector().probe(Set.of()))
                .extracting(Probe::item, Probe::verdict)
                .containsExactly(tuple("HiBob people search", Probe.Verdict.FAIL));
        wm.verify(1, postRequestedFor(urlEqualTo(SEARCH)));
    }
}
