package io.cakesync.source;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which HR source to read and how. Every key can be set from the environment. */
@ConfigMapping(prefix = "sync.source")
public interface SourceConfig {

    /** The connector: {@code csv}, {@code personio}, {@code sql}. */
    @WithDefault("csv")
    String kind();

    /** The HR export, for kind {@code csv}. Required to run a sync. */
    Optional<Path> path();

    /** One character; {@code \t} (backslash t) or {@code tab} for a tab. */
    @WithDefault(",")
    String delimiter();

    @WithDefault("UTF-8")
    String encoding();

    Columns columns();

    Personio personio();

    Sql sql();

    /** Header names in the export, matched case-insensitively. */
    interface Columns {
        @WithDefault("employee_id")
        String employeeId();

        @WithDefault("email")
        String email();

        @WithDefault("first_name")
        String firstName();

        @WithDefault("last_name")
        String lastName();

        @WithDefault("department")
        String department();

        @WithDefault("status")
        String status();
    }

    /** Personio's personnel data API (v1), for kind {@code personio}. */
    interface Personio {
        @WithDefault("https://api.personio.de")
        String url();

        /** Secret: never logged. */
        Optional<String> clientId();

        /** Secret: never logged. */
        Optional<String> clientSecret();

        /** Sent as {@code X-Personio-App-ID}, which Personio asks every integration to send (UPPER_SNAKE_CASE). */
        @WithDefault("CAKESYNC")
        String appId();

        /** Sent as {@code X-Personio-Partner-ID} when set. */
        Optional<String> partnerId();

        /** Employees per page; Personio allows at most 100. */
        @WithDefault("100")
        int pageSize();

        /** Personio's documented limit on the employees endpoint. */
        @WithDefault("300")
        int rateLimitPerMinute();

        /** Personio's documented limit on {@code POST /v1/auth}. */
        @WithDefault("60")
        int authRateLimitPerMinute();

        /** Pages in flight at once, so a slow answer does not hold the next call back; the rate limit is shared. */
        @WithDefault("4")
        int concurrency();

        Retry retry();
    }

    /** One query on a database of the admin's, for kind {@code sql}; never the application's own datasource. */
    interface Sql {
        /** A JDBC URL, e.g. {@code jdbc:postgresql://hr-db:5432/hr}. */
        Optional<String> url();

        Optional<String> user();

        /** Secret: never logged. */
        Optional<String> password();

        /** Returns employee_id, email, status, department, optionally first_name, last_name and attribute columns. */
        Optional<String> query();

        @WithDefault("60s")
        Duration statementTimeout();

        /** Rows the driver fetches per round trip, so a large result is streamed, not held twice. */
        @WithDefault("1000")
        int fetchSize();

        Statuses statuses();
    }

    /** The values of the status column that mean each status, matched trimmed and case-insensitively. */
    interface Statuses {
        @WithDefault("active")
        List<String> active();

        @WithDefault("leave")
        List<String> leave();

        @WithDefault("inactive")
        List<String> inactive();

        @WithDefault("terminated")
        List<String> terminated();

        @WithDefault("pre-hire")
        List<String> preHire();
    }

    /** How an HR API is called again after a 429, a 5xx or no answer. */
    interface Retry {
        /** Attempts per call, the first included. */
        @WithDefault("5")
        int maxAttempts();

        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("60s")
        Duration maxBackoff();
    }
}
