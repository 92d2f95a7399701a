package io.cakesync.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import io.cakesync.testing.PostgresResource;
import io.cakesync.testing.SandboxResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview reads the next scheduled run from the Quartz trigger. The cron runs in the JVM's zone;
 * the page prints the time in the pages' zone, with UTC on hover.
 */
@QuarkusTest
@TestProfile(NextScheduledRunTest.Scheduled.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = SandboxResource.class, restrictToAnnotatedClass = true)
class NextScheduledRunTest {

    /** A schedule whose only firing is far off, so that no run starts during the test. */
    public static class Scheduled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sync.schedule", "0 0 9 1 1 ? 2099", "web.time-zone", "America/New_York");
        }
    }

    @Test
    void theOverviewShowsWhenTheScheduleFiresNextInTheConfiguredZone() {
        String page = Users.signedIn(Users.VERA)
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        String nextRun = page.substring(page.indexOf("id=\"next-run\""), page.indexOf("id=\"held-plans\""));
        Instant fires = LocalDateTime.of(2099, 1, 1, 9, 0)
                .atZone(ZoneId.systemDefault())
                .toInstant();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        assertThat(nextRun)
                .contains(">" + format.format(fires.atZone(ZoneId.of("America/New_York"))) + "<")
                .contains("title=\"" + format.format(fires.atZone(ZoneOffset.UTC)) + " UTC\"")
                .doesNotContain("off");
        assertThat(page).contains("Times are America/New_York");
    }
}
