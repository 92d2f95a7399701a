package io.cakesync.source.bamboohr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.source.Attributes;
import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.HrConnector;
import io.cakesync.source.HrConnectorContract;
import io.cakesync.testing.FakeTiming;
import io.cakesync.testing.PostgresResource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The connector contract, served as BambooHR's employee list on WireMock, two employees a page.
 * BambooHR's status is Active or Inactive; the contract's people on leave are served as Active with
 * the employment status the company uses for leave.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class BamboohrContractTest extends HrConnectorContract {
    private static WireMockServer wm;

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

    @Override
    protected HrConnector connector() {
        return new BamboohrConnector(
                BamboohrSettings.of(wm.baseUrl(), "page-size", "2", "leave-employment-statuses", "Leave of Absence"),
                new FakeTiming().timing());
    }

    /** Everyone in pages; a filter[ids] naming one employee answers them, naming an unknown one nobody. */
    @Override
    protected void serve(List<Person> people) {
        pages(people, people.size(), BamboohrContractTest::employee);
        wm.stubFor(get(urlPathEqualTo("/api/v1/employees"))
                .withQueryParam("filter[ids]", matching("\\d+"))
                .willReturn(json(BamboohrJson.page(0, null, List.of()))));
        for (Person p : people) {
            wm.stubFor(get(urlPathEqualTo("/api/v1/employees"))
                    .withQueryParam("filter[ids]", equalTo(p.id()))
                    .willReturn(json(BamboohrJson.page(1, null, List.of(employee(p))))));
        }
    }

    /** The last page never comes: the page before it names a cursor BambooHR does not answer. */
    @Override
    protected boolean serveTruncated(List<Person> people) {
        pages(people.subList(0, 2), people.size(), BamboohrContractTest::employee);
        wm.stubFor(get(urlPathEqualTo("/api/v1/employees"))
                .withQueryParam("page[after]", equalTo("c1"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(BamboohrJson.page(people.size(), "c2", List.of()))));
        wm.stubFor(get(urlPathEqualTo("/api/v1/employees"))
                .withQueryParam("page[after]", equalTo("c2"))
                .willReturn(aResponse().withStatus(502)));
        return true;
    }

    @Override
    protected boolean serveTotalMismatch(List<Person> people) {
        pages(people, people.size() + 1, BamboohrContractTest::employee);
        return true;
    }

    @Override
    protected void serveHidden(List<Person> people, String attribute) {
        pages(people, people.size(), p -> BamboohrJson.restrict(employee(p), "locationName"));
    }

    @Override
    protected boolean serveUnauthorized() {
        wm.stubFor(
                get(urlPathEqualTo("/api/v1/employees")).willReturn(aResponse().withStatus(401)));
        return true;
    }

    @Override
    protected boolean serveOnlyTheNamed(List<Person> named) {
        wm.stubFor(
                get(urlPathEqualTo("/api/v1/employees")).willReturn(aResponse().withStatus(500)));
        wm.stubFor(get(urlPathEqualTo("/api/v1/employees"))
                .withQueryParam(
                        "filter[ids]",
                        equalTo(String.join(",", named.stream().map(Person::id).toList())))
                .willReturn(json(BamboohrJson.page(
                        named.size(),
                        null,
                        named.stream().map(BamboohrContractTest::employee).toList()))));
        return true;
    }

    @Override
    protected int requests() {
        return wm.getAllServeEvents().size();
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    /** Everyone in pages of two, cursors c1, c2, …; the last page has none. */
    private static void pages(List<Person> people, long total, Function<Person, ObjectNode> asEmployee) {
        List<List<Person>> pages = new ArrayList<>();
        for (int i = 0; i < people.size(); i += 2) {
            pages.add(people.subList(i, Math.min(i + 2, people.size())));
        }
        for (int n = 0; n < pages.size(); n++) {
            String next = n + 1 < pages.size() ? "c" + (n + 1) : null;
            wm.stubFor(get(urlPathEqualTo("/api/v1/employees"))
                    .withQueryParam("filter[ids]", absent())
                    .withQueryParam("page[after]", n == 0 ? absent() : equalTo("c" + n))
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", "application/json")
                            .withBody(BamboohrJson.page(
                                    total,
                                    next,
                                    pages.get(n).stream().map(asEmployee).toList()))));
        }
    }

    private static ObjectNode employee(Person p) {
        ObjectNode e = BamboohrJson.employee(
                p.id(),
                p.firstName(),
                p.lastName(),
                p.status() == EmployeeStatus.INACTIVE || p.status() == EmployeeStatus.TERMINATED
                        ? "Inactive"
                        : "Active",
                p.email(),
                p.department(),
                p.attributes().get(Attributes.OFFICE));
        if (p.status() == EmployeeStatus.LEAVE) {
            e.put("employmentStatusName", "Leave of Absence");
        }
        return e;
    }
}
