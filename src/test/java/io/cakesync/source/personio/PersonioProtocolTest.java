package io.cakesync.source.personio;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.http.Timing;
import io.cakesync.source.Attributes;
import io.cakesync.source.Employee;
import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.HrRead;
import io.cakesync.source.PersonRef;
import io.cakesync.source.Probe;
import io.cakesync.source.SourceException;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.WireMockInject;

import jakarta.inject.Inject;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The exchange with Personio v1 as documented, page size 2 (see {@link PersonioWireMockProfile}). */
@QuarkusTest
@TestProfile(PersonioWireMockProfile.class)
@QuarkusTestResource(PostgresResource.class)
class PersonioProtocolTest {
    private static final String EMPLOYEES = "/v1/company/employees";

    @WireMockInject
    WireMockServer wiremock;

    @Inject
    PersonioConnector connector;

    @Inject
    @RestClient
    PersonioApi api;

    private PersonioStubs stubs;

    @BeforeEach
    void reset() {
        wiremock.resetAll();
        stubs = new PersonioStubs(wiremock);
    }

    @Test
    void sendsTheCredentialsInTheFormBodyAndTheAppHeaderOnEveryCall() {
        stubs.auth();
        stubs.employees(2, List.of(ada()));

        connector.read(Set.of());

        wiremock.verify(
                1,
                postRequestedFor(urlEqualTo("/v1/auth"))
                        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                        .withRequestBody(containing("client_id=" + PersonioWireMock.CLIENT_ID))
                        .withRequestBody(containing("client_secret=" + PersonioWireMock.CLIENT_SECRET)));
        wiremock.verify(
                2,
                anyRequestedFor(anyUrl())
                        .withHeader("X-Personio-App-ID", equalTo("CAKESYNC"))
                        .withHeader("X-Personio-Partner-ID", absent()));
        assertThat(wiremock.findAll(anyRequestedFor(anyUrl())))
                .extracting(LoggedRequest::getUrl)
                .noneMatch(url -> url.contains(PersonioWireMock.CLIENT_SECRET));
    }

    @Test
    void pagesWithLimitAndOffsetToTheLastPageWithTheIssuedToken() {
        stubs.auth();
        stubs.employees(
                2,
                List.of(
                        ada(),
                        employee(2, "ben", "active"),
                        employee(3, "cleo", "active"),
                        employee(4, "dan", "active"),
                        employee(5, "eve", "active")));

        HrRead read = connector.read(Set.of());

        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("1", "2", "3", "4", "5");
        assertThat(read.origin()).isEqualTo("Personio " + wiremock.baseUrl());
        List<String> asked = wiremock.findAll(getRequestedFor(urlPathEqualTo(EMPLOYEES))).stream()
                .map(LoggedRequest::getUrl)
                .toList();
        assertThat(asked.get(0))
                .as("the first page says how many there are")
                .isEqualTo(EMPLOYEES + "?limit=2&offset=0");
        assertThat(asked)
                .containsExactlyInAnyOrder(
                        EMPLOYEES + "?limit=2&offset=0",
                        EMPLOYEES + "?limit=2&offset=2",
                        EMPLOYEES + "?limit=2&offset=4");
        wiremock.verify(
                3,
                getRequestedFor(urlPathEqualTo(EMPLOYEES))
                        .withHeader("Authorization", equalTo("Bearer " + PersonioStubs.TOKEN)));
    }

    @Test
    void usesTheTokenPersonioHandsBackInAResponseHeader() {
        stubs.auth();
        List<ObjectNode> people = List.of(ada(), employee(2, "ben", "active"), employee(3, "cleo", "active"));
        wiremock.stubFor(PersonioStubs.page(0, 2)
                .willReturn(PersonioStubs.pageAnswer(people.subList(0, 2), 3, 0, 2, 2)
                        .withHeader("Authorization", "Bearer papi-rotated")));
        wiremock.stubFor(
                PersonioStubs.page(2, 2).willReturn(PersonioStubs.pageAnswer(people.subList(2, 3), 3, 1, 2, 2)));

        connector.read(Set.of());

        wiremock.verify(getRequestedFor(urlEqualTo(EMPLOYEES + "?limit=2&offset=2"))
                .withHeader("Authorization", equalTo("Bearer papi-rotated")));
    }

    @Test
    void failsWhenThePagesHoldFewerPeopleThanTheTotal() {
        stubs.auth();
        wiremock.stubFor(PersonioStubs.page(0, 2).willReturn(PersonioStubs.pageAnswer(List.of(ada()), 3, 0, 2, 2)));
        wiremock.stubFor(PersonioStubs.page(2, 2)
                .willReturn(PersonioStubs.pageAnswer(List.of(employee(2, "ben", "active")), 3, 1, 2, 2)));

        assertThatThrownBy(() -> connector.read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessage("Personio reported a total of 3 employees, but its pages up to the last held 2;"
                        + " the read is incomplete, so nothing is planned");
    }

    @Test
    void readsAgainOnceWhenTheTotalChangesDuringTheRead() {
        stubs.auth();
        List<ObjectNode> people = List.of(ada(), employee(2, "ben", "active"), employee(3, "cleo", "active"));
        wiremock.stubFor(PersonioStubs.page(0, 2)
                .inScenario("hire")
                .whenScenarioStateIs(STARTED)
                .willReturn(PersonioStubs.pageAnswer(people.subList(0, 2), 4, 0, 2, 2))
                .willSetStateTo("grown"));
        wiremock.stubFor(PersonioStubs.page(2, 2)
                .inScenario("hire")
                .whenScenarioStateIs("grown")
                .willReturn(PersonioStubs.pageAnswer(people.subList(2, 3), 3, 1, 2, 2))
                .willSetStateTo("settled"));
        wiremock.stubFor(PersonioStubs.page(0, 2)
                .inScenario("hire")
                .whenScenarioStateIs("settled")
                .willReturn(PersonioStubs.pageAnswer(people.subList(0, 2), 3, 0, 2, 2)));
        wiremock.stubFor(PersonioStubs.page(2, 2)
                .inScenario("hire")
                .whenScenarioStateIs("settled")
                .willReturn(PersonioStubs.pageAnswer(people.subList(2, 3), 3, 1, 2, 2)));

        HrRead read = connector.read(Set.of());

        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("1", "2", "3");
        assertThat(pagesAsked()).containsExactly(0, 2, 0, 2);
    }

    @Test
    void failsWhenTheListChangesDuringTwoReadsInARow() {
        stubs.auth();
        List<ObjectNode> people = List.of(ada(), employee(2, "ben", "active"), employee(3, "cleo", "active"));
        wiremock.stubFor(
                PersonioStubs.page(0, 2).willReturn(PersonioStubs.pageAnswer(people.subList(0, 2), 4, 0, 2, 2)));
        wiremock.stubFor(
                PersonioStubs.page(2, 2).willReturn(PersonioStubs.pageAnswer(people.subList(2, 3), 3, 1, 2, 2)));

        assertThatThrownBy(() -> connector.read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessage("Personio's employee list changed during two reads in a row (first the total went from 4"
                        + " to 3 at offset 2, then the total went from 4 to 3 at offset 2), so neither read is"
                        + " complete; nothing was planned and the next run reads again");
        assertThat(pagesAsked()).containsExactly(0, 2, 0, 2);
    }

    @Test
    void readsAgainWhenAPersonShowsUpOnTwoPages() {
        stubs.auth();
        ObjectNode ben = employee(2, "ben", "active");
        wiremock.stubFor(
                PersonioStubs.page(0, 2).willReturn(PersonioStubs.pageAnswer(List.of(ada(), ben), 3, 0, 2, 2)));
        wiremock.stubFor(PersonioStubs.page(2, 2)
                .inScenario("shift")
                .whenScenarioStateIs(STARTED)
                .willReturn(PersonioStubs.pageAnswer(List.of(ben), 3, 1, 2, 2))
                .willSetStateTo("steady"));
        wiremock.stubFor(PersonioStubs.page(2, 2)
                .inScenario("shift")
                .whenScenarioStateIs("steady")
                .willReturn(PersonioStubs.pageAnswer(List.of(employee(3, "cleo", "active")), 3, 1, 2, 2)));

        assertThat(connector.read(Set.of()).employees())
                .extracting(Employee::employeeId)
                .containsExactly("1", "2", "3");
        assertThat(pagesAsked()).containsExactly(0, 2, 0, 2);
    }

    @Test
    void waitsAsLongAsPersonioSaysAfterA429() {
        stubs.auth();
        wiremock.stubFor(PersonioStubs.page(0, 2)
                .inScenario("limit")
                .whenScenarioStateIs(STARTED)
                .willReturn(PersonioStubs.error(429, "Too Many Requests").withHeader("Retry-After", "1"))
                .willSetStateTo("calm"));
        wiremock.stubFor(PersonioStubs.page(0, 2)
                .inScenario("limit")
                .whenScenarioStateIs("calm")
                .willReturn(PersonioStubs.pageAnswer(List.of(ada()), 1, 0, 1, 2)));

        assertThat(connector.read(Set.of()).employees()).hasSize(1);

        List<LoggedRequest> pages = wiremock.findAll(getRequestedFor(urlPathEqualTo(EMPLOYEES)));
        assertThat(pages).hasSize(2);
        assertThat(pages.get(1).getLoggedDate().getTime()
                        - pages.get(0).getLoggedDate().getTime())
                .as("the retry waited the Retry-After second, not the 5 ms backoff")
                .isGreaterThanOrEqualTo(1000);
    }

    @Test
    void waitsTheSecondPersonioAsksForAfterA429WithoutRetryAfter() {
        stubs.auth();
        wiremock.stubFor(PersonioStubs.page(0, 2)
                .inScenario("limit")
                .whenScenarioStateIs(STARTED)
                .willReturn(PersonioStubs.error(429, "Too Many Requests"))
                .willSetStateTo("calm"));
        wiremock.stubFor(PersonioStubs.page(0, 2)
                .inScenario("limit")
                .whenScenarioStateIs("calm")
                .willReturn(PersonioStubs.pageAnswer(List.of(ada()), 1, 0, 1, 2)));

        assertThat(connector.read(Set.of()).employees()).hasSize(1);

        List<LoggedRequest> pages = wiremock.findAll(getRequestedFor(urlPathEqualTo(EMPLOYEES)));
        assertThat(pages.get(1).getLoggedDate().getTime()
                        - pages.get(0).getLoggedDate().getTime())
                .isGreaterThanOrEqualTo(1000);
    }

    @Test
    void sendsAgainAfterA5xxAndAfterNoAnswer() {
        stubs.auth();
        wiremock.stubFor(PersonioStubs.page(0, 2)
                .inScenario("flaky")
                .whenScenarioStateIs(STARTED)
                .willReturn(PersonioStubs.error(503, "Service Unavailable"))
                .willSetStateTo("reset"));
        wiremock.stubFor(PersonioStubs.page(0, 2)
                .inScenario("flaky")
                .whenScenarioStateIs("reset")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("fine"));
        wiremock.stubFor(PersonioStubs.page(0, 2)
                .inScenario("flaky")
                .whenScenarioStateIs("fine")
                .willReturn(PersonioStubs.pageAnswer(List.of(ada()), 1, 0, 1, 2)));

        assertThat(connector.read(Set.of()).employees()).hasSize(1);
        assertThat(pagesAsked()).containsExactly(0, 0, 0);
    }

    @Test
    void givesUpAfterTheConfiguredAttempts() {
        stubs.auth();
        wiremock.stubFor(PersonioStubs.page(0, 2).willReturn(PersonioStubs.error(502, "Bad Gateway")));

        assertThatThrownBy(() -> connector.read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessage("Personio did not answer GET /v1/company/employees after 3 attempt(s); last: HTTP 502:"
                        + " Bad Gateway");
        assertThat(pagesAsked()).hasSize(3);
    }

    @Test
    void stopsAfterOneCallWhenTheCredentialsAreRejected() {
        wiremock.stubFor(post("/v1/auth").willReturn(PersonioStubs.error(401, "Wrong credentials")));

        assertThatThrownBy(() -> connector.read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessage("Personio rejected the API credentials (HTTP 401) on POST /v1/auth: check"
                        + " SYNC_SOURCE_PERSONIO_CLIENT_ID / SYNC_SOURCE_PERSONIO_CLIENT_SECRET"
                        + " (sync.source.personio.client-id / sync.source.personio.client-secret)."
                        + " Personio said: Wrong credentials");
        assertThat(wiremock.getAllServeEvents()).hasSize(1);
    }

    @Test
    void stopsAfterOneCallWhenReadingEmployeesIsForbidden() {
        stubs.auth();
        wiremock.stubFor(PersonioStubs.page(0, 2).willReturn(PersonioStubs.error(403, "Forbidden")));

        assertThatThrownBy(() -> connector.read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("Personio refused GET /v1/company/employees (HTTP 403): the API credential")
                .hasMessageContaining("give it read access to employees in Personio");
        assertThat(pagesAsked()).hasSize(1);
    }

    @Test
    void neverRepeatsASecretPersonioEchoes() {
        wiremock.stubFor(post("/v1/auth")
                .willReturn(PersonioStubs.error(401, "unknown client_secret " + PersonioWireMock.CLIENT_SECRET)));

        assertThatThrownBy(() -> connector.read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageEndingWith("Personio said: unknown client_secret ****");
    }

    @Test
    void namesAFieldTheCredentialMayNotReadInsteadOfReadingItAsEmpty() {
        stubs.auth();
        stubs.employees(2, List.of(ada(), employee(2, "ben", "active", Map.of("department", Hidden.KEY))));

        assertThatThrownBy(() -> connector.read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessage("Personio does not show 'department' (Personio attribute 'department') to this API"
                        + " credential, which cakesync needs for every employee: it is missing on 1 of 2 employees,"
                        + " e.g. Personio person 2. Allow the attribute for the credential in Personio (Settings > API"
                        + " credentials, readable employee attributes)");
    }

    @Test
    void readsAnEmptyAttributeAsNoValueWhenTheCredentialMayReadIt() {
        stubs.auth();
        stubs.employees(
                2,
                List.of(employee(
                        1,
                        "ada",
                        "leave",
                        Map.of("department", PersonioStubs.named("department", "Department", "Department", 1, null)))));

        HrRead read = connector.read(Set.of());

        assertThat(read.employees())
                .extracting(Employee::status, Employee::department)
                .containsExactly(tuple(EmployeeStatus.LEAVE, ""));
    }

    @Test
    void mapsPersonioStatusesAndAttributes() {
        stubs.auth();
        ObjectNode ada = employee(
                1,
                "ada",
                "active",
                Map.of(
                        "office",
                        PersonioStubs.named("office", "Office", "Office", 131014, "Munich"),
                        "subcompany",
                        PersonioStubs.named("subcompany", "Subcompany", "Subcompany", 7033, "CS Demo GmbH"),
                        "position",
                        "CTO",
                        "employment_type",
                        "internal",
                        "hire_date",
                        "2014-11-09T00:00:00+01:00",
                        "cost_centers",
                        costCentres("Cost center 1", 30, "Cost center 2", 70),
                        "supervisor",
                        supervisor(2)));
        stubs.employees(
                2,
                List.of(
                        ada,
                        employee(2, "ben", "onboarding"),
                        employee(3, "cleo", "leave"),
                        employee(4, "dan", "inactive")));

        HrRead read = connector.read(Set.of(Attributes.OFFICE, Attributes.MANAGER_EMAIL));

        assertThat(read.employees())
                .extracting(Employee::employeeId, Employee::status, Employee::locator)
                .containsExactly(
                        tuple("1", EmployeeStatus.ACTIVE, "Personio person 1"),
                        tuple("2", EmployeeStatus.PRE_HIRE, "Personio person 2"),
                        tuple("3", EmployeeStatus.LEAVE, "Personio person 3"),
                        tuple("4", EmployeeStatus.INACTIVE, "Personio person 4"));
        assertThat(read.employees().get(0).attributes())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Attributes.OFFICE,
                        "Munich",
                        Attributes.LEGAL_ENTITY,
                        "CS Demo GmbH",
                        Attributes.JOB_TITLE,
                        "CTO",
                        Attributes.EMPLOYMENT_TYPE,
                        "internal",
                        Attributes.START_DATE,
                        "2014-11-09",
                        Attributes.COST_CENTRE,
                        "Cost center 2",
                        Attributes.MANAGER_EMAIL,
                        "ben@acme.example"));
    }

    @Test
    void refusesARuleAttributeCakesyncDoesNotReadFromPersonio() {
        assertThatThrownBy(() -> connector.read(Set.of("shoe_size")))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("cakesync reads no Personio attribute shoe_size");
        assertThat(wiremock.getAllServeEvents()).isEmpty();
    }

    @Test
    void probesTheCredentialTheAttributesAndOnePageWithoutCrawling() {
        stubs.auth();
        wiremock.stubFor(get(urlEqualTo("/v1/company/employees/attributes")).willReturn(okJson("""
                {"success": true, "data": [
                  {"key": "first_name", "label": "First Name", "type": "standard", "universal_id": "first_name"},
                  {"key": "office", "label": "Office", "type": "standard", "universal_id": "office"}]}""")));
        wiremock.stubFor(PersonioStubs.page(0, 1)
                .willReturn(PersonioStubs.pageAnswer(
                        List.of(employee(
                                1, "ada", "active", Map.of("cost_centers", Hidden.KEY, "position", Hidden.KEY))),
                        412,
                        0,
                        412,
                        1)));

        List<Probe> probes = connector.probe(Set.of(Attributes.OFFICE, Attributes.COST_CENTRE));

        assertThat(probes)
                .extracting(Probe::item, Probe::verdict)
                .containsExactly(
                        tuple("Personio credentials", Probe.Verdict.PASS),
                                tuple("Personio employees", Probe.Verdict.PASS),
                        tuple("attribute email", Probe.Verdict.PASS), tuple("attribute status", Probe.Verdict.PASS),
                        tuple("attribute department", Probe.Verdict.PASS),
                                tuple("attribute cost_centre", Probe.Verdict.FAIL),
                        tuple("attribute office", Probe.Verdict.PASS), tuple("other attributes", Probe.Verdict.WARN));
        assertThat(probes.get(1).detail()).isEqualTo("412 employee(s), leavers included");
        assertThat(probes.get(7).detail()).isEqualTo("not readable, and no rule uses them: job_title ('position')");
        assertThat(wiremock.getAllServeEvents()).hasSize(3);
    }

    @Test
    void probeStopsAtARejectedCredential() {
        wiremock.stubFor(post("/v1/auth").willReturn(PersonioStubs.error(403, "Forbidden")));

        assertThat(connector.probe(Set.of()))
                .extracting(Probe::item, Probe::verdict)
                .containsExactly(tuple("Personio credentials", Probe.Verdict.FAIL));
        assertThat(wiremock.getAllServeEvents()).hasSize(1);
    }

    @Test
    void readsAPersonNamedByIdFromTheirOwnEndpointWithTheIssuedToken() {
        stubs.auth();
        wiremock.stubFor(PersonioStubs.one("2").willReturn(okJson(PersonioStubs.oneBody(employee(2, "ben", "leave")))));

        HrRead read = connector.readPeople(List.of(PersonRef.byEmployeeId("2")), Set.of());

        assertThat(read.employees())
                .extracting(Employee::employeeId, Employee::status, Employee::locator)
                .containsExactly(tuple("2", EmployeeStatus.LEAVE, "Personio person 2"));
        assertThat(sent()).containsExactly("POST /v1/auth", "GET " + EMPLOYEES + "/2");
        wiremock.verify(getRequestedFor(urlEqualTo(EMPLOYEES + "/2"))
                .withHeader("Authorization", equalTo("Bearer " + PersonioStubs.TOKEN))
                .withHeader("X-Personio-App-ID", equalTo("CAKESYNC")));
    }

    @Test
    void findsAPersonNamedByEmailThroughTheEmailFilterAlone() {
        stubs.auth();
        stubs.people(List.of(employee(3, "cleo+ops", "active")));

        HrRead read = connector.readPeople(List.of(PersonRef.byEmail("Cleo+Ops@Acme.example")), Set.of());

        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("3");
        List<LoggedRequest> asked = wiremock.findAll(getRequestedFor(urlPathEqualTo(EMPLOYEES)));
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).getUrl()).isEqualTo(EMPLOYEES + "?email=cleo%2Bops%40acme.example");
        assertThat(asked.get(0).queryParameter("email").firstValue()).isEqualTo("cleo+ops@acme.example");
    }

    @Test
    void leavesOutNamedPeoplePersonioDoesNotKnow() {
        stubs.auth();
        stubs.people(List.of(ada()));

        HrRead read = connector.readPeople(
                List.of(
                        PersonRef.byEmployeeId("77"),
                        PersonRef.byEmployeeId("E-17"),
                        PersonRef.byEmail("zed@acme.example"),
                        PersonRef.byEmployeeId("1")),
                Set.of());

        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("1");
        assertThat(read.rejected()).isEmpty();
        assertThat(sent())
                .as("E-17 cannot be a Personio id, so it costs no call")
                .containsExactly(
                        "POST /v1/auth",
                        "GET " + EMPLOYEES + "/1",
                        "GET " + EMPLOYEES + "/77",
                        "GET " + EMPLOYEES + "?email=zed%40acme.example");
    }

    @Test
    void asksPersonioNothingWhenNoNamedIdCouldBeAPersonioId() {
        HrRead read = connector.readPeople(List.of(PersonRef.byEmployeeId("E-17")), Set.of());

        assertThat(read.employees()).isEmpty();
        assertThat(wiremock.getAllServeEvents()).isEmpty();
    }

    @Test
    void keepsOnlyTheNamedPersonWhenPersonioAnswersTheEmailFilterWithOthers() {
        stubs.auth();
        wiremock.stubFor(PersonioStubs.byEmail(equalTo("ben@acme.example"))
                .willReturn(okJson(PersonioStubs.byEmailBody(
                        List.of(ada(), employee(2, "ben", "active"), employee(3, "cleo", "active"))))));

        HrRead read = connector.readPeople(List.of(PersonRef.byEmail("ben@acme.example")), Set.of());

        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("2");
    }

    @Test
    void readsAPersonNamedByIdAndByEmailAsOneRecord() {
        stubs.auth();
        stubs.people(List.of(employee(2, "ben", "active")));

        HrRead read = connector.readPeople(
                List.of(PersonRef.byEmployeeId("2"), PersonRef.byEmail("ben@acme.example")), Set.of());

        assertThat(read.rejected()).isEmpty();
        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("2");
    }

    @Test
    void sendsATargetedReadAgainAfterA5xxAndFailsTheReadWhenPersonioKeepsFailing() {
        stubs.auth();
        wiremock.stubFor(PersonioStubs.byEmail(equalTo("ben@acme.example"))
                .inScenario("flaky")
                .whenScenarioStateIs(STARTED)
                .willReturn(PersonioStubs.error(502, "Bad Gateway"))
                .willSetStateTo("fine"));
        wiremock.stubFor(PersonioStubs.byEmail(equalTo("ben@acme.example"))
                .inScenario("flaky")
                .whenScenarioStateIs("fine")
                .willReturn(okJson(PersonioStubs.byEmailBody(List.of(employee(2, "ben", "active"))))));
        wiremock.stubFor(PersonioStubs.one("1").willReturn(PersonioStubs.error(503, "Service Unavailable")));

        assertThat(connector
                        .readPeople(List.of(PersonRef.byEmail("ben@acme.example")), Set.of())
                        .employees())
                .extracting(Employee::employeeId)
                .containsExactly("2");
        assertThatThrownBy(() -> connector.readPeople(List.of(PersonRef.byEmployeeId("1")), Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessage("Personio did not answer GET /v1/company/employees/1 after 3 attempt(s); last: HTTP 503:"
                        + " Service Unavailable");
        wiremock.verify(2, getRequestedFor(urlPathEqualTo(EMPLOYEES)));
        wiremock.verify(3, getRequestedFor(urlEqualTo(EMPLOYEES + "/1")));
    }

    @Test
    void stopsAfterOneCallWhenReadingANamedPersonIsForbidden() {
        stubs.auth();
        wiremock.stubFor(PersonioStubs.one("2").willReturn(PersonioStubs.error(403, "Forbidden")));

        assertThatThrownBy(() -> connector.readPeople(List.of(PersonRef.byEmployeeId("2")), Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("Personio refused GET /v1/company/employees/2 (HTTP 403): the API credential");
        wiremock.verify(1, getRequestedFor(urlEqualTo(EMPLOYEES + "/2")));
    }

    @Test
    void failsTheReadWhenANamedPersonIsAnsweredWithoutAnEmployee() {
        stubs.auth();
        wiremock.stubFor(PersonioStubs.one("2").willReturn(okJson("{\"success\": true, \"data\": []}")));

        assertThatThrownBy(() -> connector.readPeople(List.of(PersonRef.byEmployeeId("2")), Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessage("Personio answered GET /v1/company/employees/2 without an employee in 'data'");
    }

    @Test
    void namesAFieldTheCredentialMayNotReadOnANamedPerson() {
        stubs.auth();
        stubs.people(List.of(employee(2, "ben", "active", Map.of("office", Hidden.KEY))));

        assertThatThrownBy(() -> connector.readPeople(List.of(PersonRef.byEmployeeId("2")), Set.of(Attributes.OFFICE)))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("Personio does not show 'office' (Personio attribute 'office') to this API"
                        + " credential, which the mapping file's rules use (sync.mapping-file): it is missing on 1 of 1"
                        + " employees, e.g. Personio person 2.");
    }

    @Test
    void readsEachSupervisorOnceByIdToLearnTheManagerEmail() {
        stubs.auth();
        stubs.people(List.of(
                employee(1, "ada", "active", Map.of("supervisor", supervisor(2))),
                employee(2, "ben", "active"),
                employee(3, "cleo", "active", Map.of("supervisor", supervisor(2))),
                employee(5, "eve", "active", Map.of("supervisor", supervisor(9)))));

        HrRead read = connector.readPeople(
                List.of(PersonRef.byEmployeeId("1"), PersonRef.byEmployeeId("3"), PersonRef.byEmployeeId("5")),
                Set.of(Attributes.MANAGER_EMAIL));

        assertThat(read.employees())
                .as("the supervisors were read for their email only; 9 is unknown, so Eve has no manager email")
                .extracting(Employee::employeeId, e -> e.attribute(Attributes.MANAGER_EMAIL))
                .containsExactlyInAnyOrder(
                        tuple("1", "ben@acme.example"), tuple("3", "ben@acme.example"), tuple("5", null));
        assertThat(sent())
                .containsExactly(
                        "POST /v1/auth",
                        "GET " + EMPLOYEES + "/1",
                        "GET " + EMPLOYEES + "/3",
                        "GET " + EMPLOYEES + "/5",
                        "GET " + EMPLOYEES + "/2",
                        "GET " + EMPLOYEES + "/9");
    }

    @Test
    void asksForNoSupervisorWhoseEmailTheReadAlreadyHas() {
        stubs.auth();
        ObjectNode withEmail = supervisor(8);
        ((ObjectNode) withEmail.path("value").path("attributes"))
                .putObject("email")
                .put("label", "Email")
                .put("value", "hal@acme.example")
                .put("type", "standard")
                .put("universal_id", "email");
        stubs.people(List.of(
                employee(1, "ada", "active", Map.of("supervisor", supervisor(2))),
                employee(2, "ben", "active"),
                employee(4, "dan", "active", Map.of("supervisor", withEmail))));

        HrRead read = connector.readPeople(
                List.of(
                        PersonRef.byEmployeeId("1"),
                        PersonRef.byEmployeeId("4"),
                        PersonRef.byEmail("ben@acme.example")),
                Set.of(Attributes.MANAGER_EMAIL));

        assertThat(read.employees())
                .extracting(Employee::employeeId, e -> e.attribute(Attributes.MANAGER_EMAIL))
                .containsExactlyInAnyOrder(
                        tuple("1", "ben@acme.example"), tuple("2", null), tuple("4", "hal@acme.example"));
        assertThat(sent())
                .containsExactly(
                        "POST /v1/auth",
                        "GET " + EMPLOYEES + "/1",
                        "GET " + EMPLOYEES + "/4",
                        "GET " + EMPLOYEES + "?email=ben%40acme.example");
    }

    @Test
    void asksForNoSupervisorWhenNoRuleUsesTheManagerEmail() {
        stubs.auth();
        stubs.people(List.of(
                employee(1, "ada", "active", Map.of("supervisor", supervisor(2))), employee(2, "ben", "active")));

        connector.readPeople(List.of(PersonRef.byEmployeeId("1")), Set.of(Attributes.OFFICE));

        assertThat(sent()).containsExactly("POST /v1/auth", "GET " + EMPLOYEES + "/1");
    }

    @Test
    void readsEveryoneWhenTheEventNamesMorePeopleThanATargetedReadMayAsk() {
        stubs.auth();
        stubs.employees(2, List.of(ada(), employee(2, "ben", "active"), employee(3, "cleo", "active")));
        PersonioConnector capped = new PersonioConnector(
                api, PersonioSettings.of(wiremock.baseUrl(), "targeted-read-max-people", "1"), Timing.REAL);

        HrRead read = capped.readPeople(
                List.of(PersonRef.byEmployeeId("1"), PersonRef.byEmail("cleo@acme.example")), Set.of());

        assertThat(read.employees()).extracting(Employee::employeeId).containsExactlyInAnyOrder("1", "3");
        assertThat(sent())
                .containsExactlyInAnyOrder(
                        "POST /v1/auth",
                        "GET " + EMPLOYEES + "?limit=2&offset=0",
                        "GET " + EMPLOYEES + "?limit=2&offset=2");
    }

    @Test
    void refusesANegativeTargetedReadMaximumNamingTheSetting() {
        PersonioConnector misconfigured = new PersonioConnector(
                api, PersonioSettings.of(wiremock.baseUrl(), "targeted-read-max-people", "-1"), Timing.REAL);

        assertThatThrownBy(() -> misconfigured.readPeople(List.of(PersonRef.byEmployeeId("1")), Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessage("sync.source.personio.targeted-read-max-people must be at least 0, got -1");
        assertThat(wiremock.getAllServeEvents()).isEmpty();
    }

    /** Marks an attribute the credential may not read: Personio leaves it out. */
    private enum Hidden {
        KEY
    }

    /** Every request, in the order Personio received them. */
    private List<String> sent() {
        return wiremock.findAll(anyRequestedFor(anyUrl())).stream()
                .map(r -> r.getMethod() + " " + r.getUrl())
                .toList();
    }

    private List<Integer> pagesAsked() {
        return wiremock.findAll(getRequestedFor(urlPathEqualTo(EMPLOYEES))).stream()
                .map(r -> Integer.parseInt(r.queryParameter("offset").firstValue()))
                .toList();
    }

    private static ObjectNode ada() {
        return employee(1, "ada", "active");
    }

    private static ObjectNode employee(int id, String name, String status) {
        return employee(id, name, status, Map.of());
    }

    private static ObjectNode employee(int id, String name, String status, Map<String, Object> extra) {
        Map<String, Object> attributes = new java.util.HashMap<>();
        extra.forEach((key, value) -> attributes.put(key, value == Hidden.KEY ? null : value));
        return PersonioStubs.employee(
                id,
                name.substring(0, 1).toUpperCase() + name.substring(1),
                "Test",
                name + "@acme.example",
                status,
                "Engineering",
                attributes);
    }

    private static ObjectNode costCentres(String first, int firstShare, String second, int secondShare) {
        ObjectNode attribute = PersonioStubs.JSON.createObjectNode().put("label", "Cost center");
        var value = attribute.putArray("value");
        value.addObject()
                .put("type", "CostCenter")
                .putObject("attributes")
                .put("id", 1)
                .put("name", first)
                .put("percentage", firstShare);
        value.addObject()
                .put("type", "CostCenter")
                .putObject("attributes")
                .put("id", 2)
                .put("name", second)
                .put("percentage", secondShare);
        return attribute.put("type", "standard").put("universal_id", "cost_centers");
    }

    private static ObjectNode supervisor(int id) {
        ObjectNode attribute = PersonioStubs.JSON.createObjectNode().put("label", "Supervisor");
        attribute
                .putObject("value")
                .put("type", "Employee")
                .putObject("attributes")
                .putObject("id")
                .put("label", "ID")
                .put("value", id)
                .put("type", "integer")
                .put("universal_id", "id");
        return attribute.put("type", "standard").put("universal_id", "supervisor");
    }
}
