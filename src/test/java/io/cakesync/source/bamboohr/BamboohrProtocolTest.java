package io.cakesync.source.bamboohr;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

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
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/** BambooHR's employee list as BambooHR documents it, on WireMock: what is sent, paging, totals, every hazard. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class BamboohrProtocolTest {
    private static final String EMPLOYEES = "/api/v1/employees";
    private static WireMockServer wm;

    private final FakeTiming time = new FakeTiming();

    @BeforeAll
    static void startBamboohr() {
        wm = new WireMockServer(options().dynamicPort());
        wm.start();
    }

    @AfterAll
    static void stopBamboohr() {
        wm.stop();
    }

    @BeforeEach
    void reset() {
        wm.resetAll();
    }

    private BamboohrConnector connector(String... settings) {
        return new BamboohrConnector(BamboohrSettings.of(wm.baseUrl(), settings), time.timing());
    }

    private static ObjectNode ada() {
        return BamboohrJson.employee("41", "Ada", "Lovelace", "Active", "ada@acme.example", "Engineering", "Berlin");
    }

    private static ObjectNode ben() {
        return BamboohrJson.employee("42", "Ben", "Okafor", "Inactive", "ben@acme.example", "Sales", "Hamburg");
    }

    private static MappingBuilder page(String after) {
        return get(urlPathEqualTo(EMPLOYEES)).withQueryParam("page[after]", after == null ? absent() : equalTo(after));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private static void onePage(ObjectNode... employees) {
        wm.stubFor(page(null).willReturn(json(BamboohrJson.page(employees.length, null, employees))));
    }

    /** The query strings BambooHR received, oldest first. */
    private static List<String> queries() {
        return wm.getAllServeEvents().stream()
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .map(ServeEvent::getRequest)
                .map(r -> r.getUrl().substring(EMPLOYEES.length()))
                .toList();
    }

    @Test
    void sendsTheKeyAsTheBasicUserAndAsksForTheFieldsWithoutFilterOrSort() {
        onePage(ada());

        connector().read(Set.of());

        String basic =
                Base64.getEncoder().encodeToString((BamboohrSettings.API_KEY + ":x").getBytes(StandardCharsets.UTF_8));
        wm.verify(
                1,
                getRequestedFor(urlPathEqualTo(EMPLOYEES))
                        .withHeader("Authorization", equalTo("Basic " + basic))
                        .withQueryParam("page[limit]", equalTo("2500"))
                        .withQueryParam(
                                "fields",
                                equalTo("workEmail,departmentName,hireDate,locationName,"
                                        + "employmentStatusName,reportsToId,terminationDate")));
        assertThat(queries())
                .singleElement()
                .asString()
                .doesNotContain("filter")
                .doesNotContain("sort");
    }

    @Test
    void followsEveryCursorToTheLastPage() {
        ObjectNode cleo =
                BamboohrJson.employee("43", "Cleo", "Schmidt", "Active", "cleo@acme.example", "Sales", "Munich");
        wm.stubFor(page(null).willReturn(json(BamboohrJson.page(3, "c1", ada()))));
        wm.stubFor(page("c1").willReturn(json(BamboohrJson.page(3, "c2", ben()))));
        wm.stubFor(page("c2").willReturn(json(BamboohrJson.page(3, null, cleo))));

        HrRead read = connector("page-size", "1").read(Set.of());

        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("41", "42", "43");
        assertThat(queries()).hasSize(3);
        wm.verify(getRequestedFor(urlPathEqualTo(EMPLOYEES))
                .withQueryParam("page[after]", equalTo("c2"))
                .withQueryParam("page[limit]", equalTo("1")));
    }

    @Test
    void readsOnceMoreWhenTheTotalChangesDuringTheRead() {
        wm.stubFor(page(null)
                .inScenario("moving")
                .whenScenarioStateIs(STARTED)
                .willSetStateTo("second page")
                .willReturn(json(BamboohrJson.page(2, "c1", ada()))));
        wm.stubFor(page("c1")
                .inScenario("moving")
                .whenScenarioStateIs("second page")
                .willSetStateTo("settled")
                .willReturn(json(BamboohrJson.page(3, null, ben()))));
        wm.stubFor(page(null)
                .inScenario("moving")
                .whenScenarioStateIs("settled")
                .willSetStateTo("settled, second page")
                .willReturn(json(BamboohrJson.page(2, "c1", ada()))));
        wm.stubFor(page("c1")
                .inScenario("moving")
                .whenScenarioStateIs("settled, second page")
                .willReturn(json(BamboohrJson.page(2, null, ben()))));

        HrRead read = connector().read(Set.of());

        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("41", "42");
        assertThat(queries()).hasSize(4);
    }

    @Test
    void failsWhenTheTotalKeepsChangingDuringTheRead() {
        wm.stubFor(page(null).willReturn(json(BamboohrJson.page(2, "c1", ada()))));
        wm.stubFor(page("c1").willReturn(json(BamboohrJson.page(3, null, ben()))));

        assertThatThrownBy(() -> connector().read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("meta.total changed during the read (2 on the first page, 3 on the last)")
                .hasMessageContaining("two reads in a row");
        assertThat(queries()).hasSize(4);
    }

    @Test
    void failsWhenThePagesHoldOtherThanTheTotal() {
        wm.stubFor(page(null).willReturn(json(BamboohrJson.page(3, null, ada(), ben()))));

        assertThatThrownBy(() -> connector().read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("meta.total said 3 employee(s) but 1 page(s) held 2 distinct one(s)");
        assertThat(queries()).hasSize(2);
    }

    @Test
    void readsOnceMoreWhenBambooHrRefusesACursorBecauseTheListingMoved() {
        wm.stubFor(page(null).willReturn(json(BamboohrJson.page(2, "c1", ada()))));
        wm.stubFor(page("c1")
                .inScenario("cursor")
                .whenScenarioStateIs(STARTED)
                .willSetStateTo("fine")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"BadPage\",\"message\":\"The boundary employee changed\"}}")));
        wm.stubFor(page("c1")
                .inScenario("cursor")
                .whenScenarioStateIs("fine")
                .willReturn(json(BamboohrJson.page(2, null, ben()))));

        assertThat(connector().read(Set.of()).employees()).hasSize(2);
        assertThat(queries()).hasSize(4);
    }

    @Test
    void namesARestrictedFieldARuleNeeds() {
        onePage(ada(), BamboohrJson.restrict(ben(), "locationName"));

        assertThatThrownBy(() -> connector().read(Set.of(Attributes.OFFICE)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("BambooHR restricts field locationName (office) for 1 of 2 employee(s), e.g."
                        + " BambooHR employee 42")
                .hasMessageContaining("Access Levels");
    }

    @Test
    void namesARestrictedFieldEveryRecordNeeds() {
        onePage(BamboohrJson.restrict(ada(), "workEmail"));

        assertThatThrownBy(() -> connector().read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("field workEmail (email)");
    }

    @Test
    void readsARecordWhoseFieldNoRuleNeedsIsRestricted() {
        onePage(BamboohrJson.restrict(ada(), "locationName"));

        Employee ada = connector().read(Set.of()).employees().get(0);

        assertThat(ada.attribute(Attributes.OFFICE)).isNull();
        assertThat(ada.department()).isEqualTo("Engineering");
    }

    @Test
    void failsWhenTheListDoesNotKnowAConfiguredField() {
        onePage(ada());

        assertThatThrownBy(() ->
                        connector("fields.cost-centre", "customCostCentre").read(Set.of(Attributes.COST_CENTRE)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("BambooHR did not return field customCostCentre (cost_centre) for 1 of 1");
    }

    @Test
    void readsTheAttributesAndTheManagersEmailFromReportsToId() {
        ObjectNode ada = ada();
        ada.put("reportsToId", "42").put("terminationDate", "2027-03-31");
        onePage(ada, ben());

        Employee read = connector().read(Set.of()).employees().get(0);

        assertThat(read.locator()).isEqualTo("BambooHR employee 41");
        assertThat(read.attributes())
                .containsOnly(
                        entry(Attributes.OFFICE, "Berlin"),
                        entry(Attributes.EMPLOYMENT_TYPE, "Full-Time"),
                        entry(Attributes.JOB_TITLE, "Engineer"),
                        entry(Attributes.MANAGER_EMAIL, "ben@acme.example"),
                        entry(Attributes.START_DATE, "2019-04-01"),
                        entry(Attributes.END_DATE, "2027-03-31"));
    }

    @Test
    void mapsBothStatusesAndTellsAPreHireByAHireDateStillToCome() {
        ObjectNode starter =
                BamboohrJson.employee("44", "Dan", "Weber", "Active", "dan@acme.example", "Sales", "Berlin");
        starter.put("hireDate", "2027-01-15");
        onePage(ada(), ben(), starter);

        HrRead read = connector().read(Set.of());

        assertThat(read.rejected()).isEmpty();
        assertThat(read.employees())
                .extracting(Employee::employeeId, Employee::status)
                .containsExactly(
                        tuple("41", EmployeeStatus.ACTIVE),
                        tuple("42", EmployeeStatus.INACTIVE),
                        tuple("44", EmployeeStatus.PRE_HIRE));
    }

    @Test
    void stopsAfterOneCallWhenBambooHrRejectsTheKey() {
        wm.stubFor(page(null).willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> connector().read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("BambooHR rejected the API key (HTTP 401)")
                .hasMessageContaining("sync.source.bamboohr.api-key")
                .hasMessageContaining("Not retried")
                .hasMessageNotContaining(BamboohrSettings.API_KEY);
        assertThat(queries()).hasSize(1);
        assertThat(time.waits).isEmpty();
    }

    @Test
    void stopsAfterOneCallWhenTheKeysUserMayNotListEmployees() {
        wm.stubFor(page(null)
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("X-BambooHR-Error-Message", "Insufficient permissions")));

        assertThatThrownBy(() -> connector().read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("HTTP 403")
                .hasMessageContaining("BambooHR said: Insufficient permissions");
        assertThat(queries()).hasSize(1);
    }

    @Test
    void waitsAsRetryAfterSaysWhenBambooHrThrottlesWith503() {
        throttledOnce(503, "7");

        assertThat(connector().read(Set.of()).employees()).hasSize(1);
        assertThat(time.waits).containsExactly(Duration.ofSeconds(7));
        assertThat(queries()).hasSize(2);
    }

    @Test
    void waitsAsRetryAfterSaysWhenBambooHrThrottlesWith429() {
        throttledOnce(429, "11");

        connector().read(Set.of());

        assertThat(time.waits).containsExactly(Duration.ofSeconds(11));
    }

    @Test
    void backsOffOnAnOutageWithoutRetryAfter() {
        throttledOnce(503, null);

        connector().read(Set.of());

        assertThat(time.waits).containsExactly(Duration.ofMillis(500));
    }

    private static void throttledOnce(int status, String retryAfter) {
        ResponseDefinitionBuilder refusal = aResponse().withStatus(status);
        if (retryAfter != null) {
            refusal = refusal.withHeader("Retry-After", retryAfter);
        }
        wm.stubFor(page(null)
                .inScenario("throttle")
                .whenScenarioStateIs(STARTED)
                .willSetStateTo("open")
                .willReturn(refusal));
        wm.stubFor(page(null)
                .inScenario("throttle")
                .whenScenarioStateIs("open")
                .willReturn(json(BamboohrJson.page(1, null, ada()))));
    }

    @Test
    void givesUpAfterTheConfiguredAttempts() {
        wm.stubFor(page(null).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> connector("retry.max-attempts", "2").read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("failed after 2 attempt(s): HTTP 500");
        assertThat(queries()).hasSize(2);
    }

    @Test
    void failsAPageCutOffInTransit() {
        String whole = BamboohrJson.page(2, null, ada(), ben());
        wm.stubFor(page(null).willReturn(json(whole.substring(0, whole.length() - 30))));

        assertThatThrownBy(() -> connector().read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("page 1: not complete JSON");
    }

    @Test
    void failsAListWithoutATotal() {
        wm.stubFor(page(null).willReturn(json("{\"data\": [], \"meta\": {\"page\": {\"nextCursor\": null}}}")));

        assertThatThrownBy(() -> connector().read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("no meta.total");
    }

    @Test
    void failsAListOfNobody() {
        wm.stubFor(page(null).willReturn(json(BamboohrJson.page(0, null, List.of()))));

        assertThatThrownBy(() -> connector().read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("listed no employees");
    }

    @Test
    void refusesAPageSizeBambooHrDoesNotAllowWithoutCallingIt() {
        assertThatThrownBy(() -> connector("page-size", "3000").read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("sync.source.bamboohr.page-size must be between 1 and 2500");
        assertThat(queries()).isEmpty();
    }

    @Test
    void spacesPagesByTheConfiguredRateLimit() {
        wm.stubFor(page(null).willReturn(json(BamboohrJson.page(2, "c1", ada()))));
        wm.stubFor(page("c1").willReturn(json(BamboohrJson.page(2, null, ben()))));

        connector("rate-limit-per-minute", "30").read(Set.of());

        assertThat(time.waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void probeReadsOneSmallPageAndShowsEachFieldARuleNeeds() {
        wm.stubFor(page(null)
                .willReturn(json(BamboohrJson.page(412, "c1", BamboohrJson.restrict(ada(), "locationName")))));

        assertThat(connector().probe(Set.of(Attributes.OFFICE)))
                .extracting(Probe::item, Probe::verdict)
                .containsExactly(
                        tuple("BambooHR API key", Probe.Verdict.PASS),
                        tuple("BambooHR employee list", Probe.Verdict.PASS),
                        tuple("BambooHR field employeeId (employee id)", Probe.Verdict.PASS),
                        tuple("BambooHR field firstName (first name)", Probe.Verdict.PASS),
                        tuple("BambooHR field lastName (last name)", Probe.Verdict.PASS),
                        tuple("BambooHR field status (status)", Probe.Verdict.PASS),
                        tuple("BambooHR field workEmail (email)", Probe.Verdict.PASS),
                        tuple("BambooHR field departmentName (department)", Probe.Verdict.PASS),
                        tuple("BambooHR field hireDate (hire date, to tell a pre-hire)", Probe.Verdict.PASS),
                        tuple("BambooHR field locationName (office)", Probe.Verdict.FAIL));
        assertThat(queries()).hasSize(1);
        wm.verify(getRequestedFor(urlPathEqualTo(EMPLOYEES)).withQueryParam("page[limit]", equalTo("25")));
    }

    @Test
    void probeFailsInOneCallOnARejectedKey() {
        wm.stubFor(page(null).willReturn(aResponse().withStatus(401)));

        assertThat(connector().probe(Set.of()))
                .extracting(Probe::item, Probe::verdict)
                .containsExactly(tuple("BambooHR employee list", Probe.Verdict.FAIL));
        assertThat(queries()).hasSize(1);
    }

    private static MappingBuilder named(String ids) {
        return get(urlPathEqualTo(EMPLOYEES)).withQueryParam("filter[ids]", equalTo(ids));
    }

    /** Listing everyone fails: a named read passes only if it never lists everyone. */
    private static void everyoneFails() {
        wm.stubFor(get(urlPathEqualTo(EMPLOYEES))
                .withQueryParam("filter[ids]", absent())
                .willReturn(aResponse().withStatus(500)));
    }

    private static List<String> filters() {
        return wm.getAllServeEvents().stream()
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .map(e -> e.getRequest().queryParameter("filter[ids]"))
                .map(q -> q.isPresent() ? q.firstValue() : null)
                .toList();
    }

    @Test
    void readsTheNamedEmployeesInOneCallFilteredByTheirIds() {
        everyoneFails();
        wm.stubFor(named("41,42").willReturn(json(BamboohrJson.page(2, null, ada(), ben()))));

        HrRead read = connector()
                .readPeople(
                        List.of(PersonRef.byEmployeeId("42"), PersonRef.byEmployeeId(" 41 ")),
                        Set.of(Attributes.OFFICE));

        assertThat(read.rejected()).isEmpty();
        assertThat(read.employees())
                .extracting(Employee::employeeId, Employee::status, e -> e.attribute(Attributes.OFFICE))
                .containsExactlyInAnyOrder(
                        tuple("41", EmployeeStatus.ACTIVE, "Berlin"), tuple("42", EmployeeStatus.INACTIVE, "Hamburg"));
        assertThat(queries()).hasSize(1);
        wm.verify(
                1,
                getRequestedFor(urlPathEqualTo(EMPLOYEES))
                        .withQueryParam("filter[ids]", equalTo("41,42"))
                        .withQueryParam("page[limit]", equalTo("2500"))
                        .withQueryParam("page[after]", absent())
                        .withQueryParam(
                                "fields",
                                equalTo("workEmail,departmentName,hireDate,locationName,"
                                        + "employmentStatusName,reportsToId,terminationDate")));
    }

    @Test
    void leavesOutANamedEmployeeBambooHrDoesNotKnow() {
        everyoneFails();
        wm.stubFor(named("41,99").willReturn(json(BamboohrJson.page(1, null, ada()))));

        HrRead read =
                connector().readPeople(List.of(PersonRef.byEmployeeId("41"), PersonRef.byEmployeeId("99")), Set.of());

        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("41");
        assertThat(read.rejected()).isEmpty();
    }

    @Test
    void sendsOnlyTheIdsThatCanBeBambooHrs() {
        everyoneFails();
        wm.stubFor(named("41").willReturn(json(BamboohrJson.page(1, null, ada()))));

        HrRead read =
                connector().readPeople(List.of(PersonRef.byEmployeeId("E-41"), PersonRef.byEmployeeId("41")), Set.of());

        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("41");
        assertThat(filters()).containsExactly("41");
    }

    @Test
    void asksNothingWhenNoNamedIdCanBeBambooHrsAsNoFilterWouldListEveryone() {
        HrRead read = connector().readPeople(List.of(PersonRef.byEmployeeId("E-41")), Set.of());

        assertThat(read.employees()).isEmpty();
        assertThat(queries()).isEmpty();
    }

    @Test
    void keepsOnlyTheNamedWhenTheListIgnoresTheFilter() {
        // Ben was not asked for, so his restricted office cannot fail the read of Ada.
        wm.stubFor(named("41")
                .willReturn(json(BamboohrJson.page(2, null, ada(), BamboohrJson.restrict(ben(), "locationName")))));

        HrRead read = connector().readPeople(List.of(PersonRef.byEmployeeId("41")), Set.of(Attributes.OFFICE));

        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("41");
    }

    @Test
    void pagesANamedReadToItsLastCursorWithTheFilterOnEveryPage() {
        everyoneFails();
        wm.stubFor(named("41,42")
                .withQueryParam("page[after]", absent())
                .willReturn(json(BamboohrJson.page(2, "c1", ada()))));
        wm.stubFor(named("41,42")
                .withQueryParam("page[after]", equalTo("c1"))
                .willReturn(json(BamboohrJson.page(2, null, ben()))));

        HrRead read = connector("page-size", "1")
                .readPeople(List.of(PersonRef.byEmployeeId("41"), PersonRef.byEmployeeId("42")), Set.of());

        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("41", "42");
        assertThat(filters()).containsExactly("41,42", "41,42");
        wm.verify(getRequestedFor(urlPathEqualTo(EMPLOYEES))
                .withQueryParam("filter[ids]", equalTo("41,42"))
                .withQueryParam("page[after]", equalTo("c1"))
                .withQueryParam("page[limit]", equalTo("1")));
    }

    @Test
    void failsANamedReadWhosePagesHoldOtherThanItsTotal() {
        wm.stubFor(named("41,42").willReturn(json(BamboohrJson.page(3, null, ada(), ben()))));

        assertThatThrownBy(() -> connector()
                        .readPeople(List.of(PersonRef.byEmployeeId("41"), PersonRef.byEmployeeId("42")), Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("BambooHR's employee list for employee(s) 41,42 changed during two reads")
                .hasMessageContaining("meta.total said 3 employee(s) but 1 page(s) held 2 distinct one(s)");
        assertThat(filters()).containsExactly("41,42", "41,42");
    }

    @Test
    void sendsAtMostAHundredIdsACall() {
        everyoneFails();
        wm.stubFor(get(urlPathEqualTo(EMPLOYEES))
                .withQueryParam("filter[ids]", matching(".+"))
                .willReturn(json(BamboohrJson.page(0, null, List.of()))));
        List<PersonRef> people = IntStream.rangeClosed(1, 150)
                .mapToObj(i -> PersonRef.byEmployeeId(Integer.toString(i)))
                .toList();

        assertThat(connector().readPeople(people, Set.of()).employees()).isEmpty();

        assertThat(filters())
                .containsExactly(
                        IntStream.rangeClosed(1, 100)
                                .mapToObj(Integer::toString)
                                .collect(Collectors.joining(",")),
                        IntStream.rangeClosed(101, 150)
                                .mapToObj(Integer::toString)
                                .collect(Collectors.joining(",")));
    }

    @Test
    void retriesAFailedNamedReadThenFailsIt() {
        everyoneFails();
        wm.stubFor(named("41").willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> connector("retry.max-attempts", "3")
                        .readPeople(List.of(PersonRef.byEmployeeId("41")), Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("BambooHR employee list for employee(s) 41 at " + wm.baseUrl())
                .hasMessageContaining("failed after 3 attempt(s): HTTP 502");
        assertThat(filters()).containsExactly("41", "41", "41");
    }

    @Test
    void stopsAfterOneCallWhenBambooHrRejectsTheKeyOnANamedRead() {
        wm.stubFor(named("41").willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> connector().readPeople(List.of(PersonRef.byEmployeeId("41")), Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("HTTP 401");
        assertThat(queries()).hasSize(1);
    }

    @Test
    void namesARestrictedFieldARuleNeedsOnANamedEmployee() {
        wm.stubFor(
                named("41").willReturn(json(BamboohrJson.page(1, null, BamboohrJson.restrict(ada(), "locationName")))));

        assertThatThrownBy(
                        () -> connector().readPeople(List.of(PersonRef.byEmployeeId("41")), Set.of(Attributes.OFFICE)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("BambooHR restricts field locationName (office) for 1 of 1 employee(s), e.g."
                        + " BambooHR employee 41");
    }

    @Test
    void readsEveryoneWhenSomeoneIsNamedByEmailAsBambooHrFiltersByNoEmail() {
        onePage(ada(), ben());

        HrRead read = connector()
                .readPeople(List.of(PersonRef.byEmployeeId("41"), PersonRef.byEmail("BEN@acme.example")), Set.of());

        assertThat(read.employees()).extracting(Employee::employeeId).containsExactlyInAnyOrder("41", "42");
        assertThat(queries()).singleElement().asString().doesNotContain("filter");
    }

    @Test
    void readsTheManagersNotNamedInASecondFilteredCallForTheirEmail() {
        everyoneFails();
        ObjectNode ada = ada().put("reportsToId", "43");
        ObjectNode ben = ben().put("reportsToId", "41");
        ObjectNode cleo =
                BamboohrJson.employee("43", "Cleo", "Schmidt", "Active", "cleo@acme.example", "Sales", "Munich");
        wm.stubFor(named("41,42").willReturn(json(BamboohrJson.page(2, null, ada, ben))));
        wm.stubFor(named("43").willReturn(json(BamboohrJson.page(1, null, cleo))));

        HrRead read = connector()
                .readPeople(
                        List.of(PersonRef.byEmployeeId("41"), PersonRef.byEmployeeId("42")),
                        Set.of(Attributes.MANAGER_EMAIL));

        assertThat(read.employees())
                .extracting(Employee::employeeId, e -> e.attribute(Attributes.MANAGER_EMAIL))
                .containsExactlyInAnyOrder(tuple("41", "cleo@acme.example"), tuple("42", "ada@acme.example"));
        assertThat(filters()).containsExactly("41,42", "43");
    }

    @Test
    void readsNoManagersWhenNoRuleUsesTheManagersEmail() {
        everyoneFails();
        wm.stubFor(named("41").willReturn(json(BamboohrJson.page(1, null, ada().put("reportsToId", "43")))));

        connector().readPeople(List.of(PersonRef.byEmployeeId("41")), Set.of(Attributes.OFFICE));

        assertThat(filters()).containsExactly("41");
    }

    @Test
    void readsEveryoneOnlyWhenThatTakesFewerCallsThanTheNamedRead() {
        wm.stubFor(get(urlPathEqualTo(EMPLOYEES))
                .withQueryParam("filter[ids]", absent())
                .willReturn(json(BamboohrJson.page(2, null, ada().put("reportsToId", "42"), ben()))));
        wm.stubFor(named("41").willReturn(json(BamboohrJson.page(1, null, ada().put("reportsToId", "42")))));
        BamboohrConnector connector = connector();
        connector.read(Set.of(Attributes.MANAGER_EMAIL));

        connector.readPeople(List.of(PersonRef.byEmployeeId("41")), Set.of());
        HrRead withManagers =
                connector.readPeople(List.of(PersonRef.byEmployeeId("41")), Set.of(Attributes.MANAGER_EMAIL));

        // One page held everyone; the named read of one takes one call, two with its manager.
        assertThat(filters()).containsExactly(null, "41", null);
        assertThat(withManagers.employees())
                .extracting(Employee::employeeId, e -> e.attribute(Attributes.MANAGER_EMAIL))
                .containsExactly(tuple("41", "ben@acme.example"));
    }
}
