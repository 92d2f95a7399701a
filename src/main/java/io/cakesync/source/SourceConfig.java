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

    /** The connector: {@code csv}, {@code personio}, {@code sql}, {@code hibob}, {@code bamboohr}. */
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

    /** Kind {@code personio}: Personio's personnel data API. */
    Personio personio();

    /** Kind {@code sql}: one query on the admin's own database. */
    Sql sql();

    /** Kind {@code hibob}: the people search of HiBob's public API. */
    Hibob hibob();

    /** Kind {@code bamboohr}: BambooHR's employee list. */
    Bamboohr bamboohr();

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

    interface Hibob {
        @WithDefault("https://api.hibob.com")
        String url();

        /** The API service user's id, sent as the HTTP basic user name. */
        Optional<String> serviceUserId();

        /** The API service user's token, sent as the HTTP basic password. A secret: never logged. */
        Optional<String> token();

        /** HiBob allows the people search 50 calls a minute. */
        @WithDefault("45")
        int rateLimitPerMinute();

        /** Lifecycle statuses that mean "on leave"; HiBob lets a company define its own leave types. */
        @WithDefault("Leave,Parental leave")
        List<String> leaveStatuses();

        /** One response holds every employee, so it may take a while to arrive. */
        @WithDefault("120s")
        Duration readTimeout();

        Retry retry();

        HibobFields fields();
    }

    /** HiBob field ids that give each attribute; cost centre and legal entity are company-defined fields. */
    interface HibobFields {
        @WithDefault("work.department")
        String department();

        @WithDefault("work.site")
        String office();

        Optional<String> costCentre();

        @WithDefault("payroll.employment.type")
        String employmentType();

        @WithDefault("work.title")
        String jobTitle();

        Optional<String> legalEntity();

        @WithDefault("work.reportsTo.email")
        String managerEmail();

        @WithDefault("work.startDate")
        String startDate();

        @WithDefault("internal.terminationDate")
        String endDate();
    }

    interface Bamboohr {
        /** The company subdomain: {@code acme} for https://acme.bamboohr.com. */
        Optional<String> company();

        /** Replaces https://{company}.bamboohr.com, for a sandbox or a proxy. */
        Optional<String> url();

        /** Sent as the HTTP basic user name. A secret: never logged. */
        Optional<String> apiKey();

        /** Employees per page: BambooHR allows 1 to 2500. */
        @WithDefault("2500")
        int pageSize();

        /**
         * Employment statuses (employmentStatusName) that mean "on leave": BambooHR's own status is only
         * Active or Inactive, so a company that tracks long leave does it there, under names of its own.
         */
        Optional<List<String>> leaveEmploymentStatuses();

        /** BambooHR publishes no quota; it answers throttled calls with Retry-After. */
        @WithDefault("60")
        int rateLimitPerMinute();

        @WithDefault("60s")
        Duration readTimeout();

        Retry retry();

        BamboohrFields fields();
    }

    /** BambooHR employee-list field names that give each attribute; the manager's email comes from reportsToId. */
    interface BamboohrFields {
        @WithDefault("departmentName")
        String department();

        @WithDefault("locationName")
        String office();

        Optional<String> costCentre();

        @WithDefault("employmentStatusName")
        String employmentType();

        @WithDefault("jobTitleName")
        String jobTitle();

        Optional<String> legalEntity();

        @WithDefault("hireDate")
        String startDate();

        @WithDefault("terminationDate")
        String endDate();
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

        /**
         * An HR event naming more people than this reads everyone instead: each named person costs a call,
         * where a full read costs one per page.
         */
        @WithDefault("25")
        int targetedReadMaxPeople();

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

    /** How an HR API is called again after a 429, a 5xx or no answer ({@code sync.source.<kind>.retry.*}). */
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
