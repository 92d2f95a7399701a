package io.cakesync.source.hibob;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import io.cakesync.source.Attributes;
import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.HrConnector;
import io.cakesync.source.HrConnectorContract;
import io.cakesync.testing.FakeTiming;
import io.cakesync.testing.PostgresResource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** The connector contract, served as HiBob's people search on WireMock. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class HibobContractTest extends HrConnectorContract {
    private static WireMockServer wm;

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

    @Override
    protected HrConnector connector() {
        return new HibobConnector(HibobSettings.of(wm.baseUrl()), new FakeTiming().timing());
    }

    @Override
    protected void serve(List<Person> people) {
        answer(HibobJson.answer(people.stream().map(HibobContractTest::person).toList()));
    }

    /** HiBob has no pages: the one answer ends early, cut off in transit. */
    @Override
    protected boolean serveTruncated(List<Person> people) {
        String whole =
                HibobJson.answer(people.stream().map(HibobContractTest::person).toList());
        answer(whole.substring(0, whole.length() - 40));
        return true;
    }

    @Override
    protected boolean serveTotalMismatch(List<Person> people) {
        return false;
    }

    @Override
    protected void serveHidden(List<Person> people, String attribute) {
        answer(HibobJson.answer(people.stream()
                .map(p -> {
                    ObjectNode node = person(p);
                    HibobJson.at(node, "work").remove("site");
                    HibobJson.at(node, "humanReadable", "work").remove("site");
                    return node;
                })
                .toList()));
    }

    @Override
    protected boolean serveUnauthorized() {
        wm.stubFor(post("/v1/people/search").willReturn(aResponse().withStatus(401)));
        return true;
    }

    /** A search filtered on the named ids finds them; the search for everyone fails. */
    @Override
    protected boolean serveOnlyTheNamed(List<Person> named) {
        wm.stubFor(
                post("/v1/people/search").atPriority(9).willReturn(aResponse().withStatus(500)));
        MappingBuilder filtered = post("/v1/people/search")
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.filters[0].fieldPath", equalTo("root.id")))
                .withRequestBody(matchingJsonPath("$.filters[0].operator", equalTo("equals")))
                .withRequestBody(matchingJsonPath("$.showInactive", equalTo("true")));
        for (Person p : named) {
            filtered = filtered.withRequestBody(matchingJsonPath("$.filters[0].values[?(@ == '" + p.id() + "')]"));
        }
        wm.stubFor(filtered.willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(HibobJson.answer(
                        named.stream().map(HibobContractTest::person).toList()))));
        return true;
    }

    @Override
    protected int requests() {
        return wm.getAllServeEvents().size();
    }

    private static void answer(String body) {
        wm.stubFor(post("/v1/people/search")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    private static ObjectNode person(Person p) {
        return HibobJson.person(
                p.id(),
                p.email(),
                p.firstName(),
                p.lastName(),
                lifecycle(p.status()),
                p.department(),
                p.attributes().get(Attributes.OFFICE));
    }

    private static String lifecycle(EmployeeStatus status) {
        return switch (status) {
            case ACTIVE -> "Employed";
            case LEAVE -> "Leave";
            case INACTIVE -> "Garden leave";
            case TERMINATED -> "Terminated";
            case PRE_HIRE -> "Hired";
        };
    }
}
