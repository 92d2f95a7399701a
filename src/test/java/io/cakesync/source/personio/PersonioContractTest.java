package io.cakesync.source.personio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.source.Attributes;
import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.HrConnector;
import io.cakesync.source.HrConnectorContract;
import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.WireMockInject;

import jakarta.inject.Inject;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

@QuarkusTest
@TestProfile(PersonioWireMockProfile.class)
@QuarkusTestResource(PostgresResource.class)
class PersonioContractTest extends HrConnectorContract {
    private static final int PAGE = 2;

    @WireMockInject
    WireMockServer wiremock;

    @Inject
    PersonioConnector connector;

    private PersonioStubs stubs;

    @BeforeEach
    void reset() {
        wiremock.resetAll();
        stubs = new PersonioStubs(wiremock);
    }

    @Override
    protected HrConnector connector() {
        return connector;
    }

    @Override
    protected void serve(List<Person> people) {
        stubs.auth();
        stubs.employees(PAGE, employees(people, null));
        stubs.people(employees(people, null));
    }

    @Override
    protected boolean serveTruncated(List<Person> people) {
        stubs.auth();
        List<ObjectNode> all = employees(people, null);
        wiremock.stubFor(PersonioStubs.page(0, PAGE)
                .willReturn(PersonioStubs.pageAnswer(all.subList(0, PAGE), all.size(), 0, 2, PAGE)));
        wiremock.stubFor(
                PersonioStubs.page(PAGE, PAGE).willReturn(PersonioStubs.pageAnswer(List.of(), all.size(), 1, 2, PAGE)));
        return true;
    }

    @Override
    protected boolean serveTotalMismatch(List<Person> people) {
        stubs.auth();
        List<ObjectNode> all = employees(people, null);
        for (int page = 0; page < 2; page++) {
            wiremock.stubFor(PersonioStubs.page(page * PAGE, PAGE)
                    .willReturn(PersonioStubs.pageAnswer(
                            all.subList(page * PAGE, page * PAGE + PAGE), all.size() + 1, page, 2, PAGE)));
        }
        return true;
    }

    @Override
    protected void serveHidden(List<Person> people, String attribute) {
        stubs.auth();
        stubs.employees(PAGE, employees(people, PersonioFields.ATTRIBUTE_KEYS.get(attribute)));
    }

    @Override
    protected boolean serveUnauthorized() {
        wiremock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/v1/auth")
                .willReturn(PersonioStubs.error(401, "Invalid credentials")));
        return true;
    }

    @Override
    protected boolean serveOnlyTheNamed(List<Person> named) {
        stubs.auth();
        wiremock.stubFor(get(urlPathEqualTo(PersonioStubs.EMPLOYEES))
                .withQueryParam("offset", matching(".*"))
                .willReturn(PersonioStubs.error(500, "listing everyone is not what an event needs")));
        stubs.people(employees(named, null));
        return true;
    }

    @Override
    protected int requests() {
        return wiremock.getAllServeEvents().size();
    }

    private static List<ObjectNode> employees(List<Person> people, String hiddenKey) {
        List<ObjectNode> employees = new ArrayList<>();
        for (Person p : people) {
            Map<String, Object> extra = new HashMap<>();
            extra.put(
                    "office",
                    PersonioStubs.named(
                            "office", "Office", "Office", 131014, p.attributes().get(Attributes.OFFICE)));
            if (hiddenKey != null) {
                extra.put(hiddenKey, null);
            }
            employees.add(PersonioStubs.employee(
                    Integer.parseInt(p.id()),
                    p.firstName(),
                    p.lastName(),
                    p.email(),
                    personio(p.status()),
                    p.department(),
                    extra));
        }
        return employees;
    }

    private static String personio(EmployeeStatus status) {
        return switch (status) {
            case ACTIVE -> "active";
            case LEAVE -> "leave";
            case PRE_HIRE -> "onboarding";
            case INACTIVE, TERMINATED -> "inactive";
        };
    }
}
