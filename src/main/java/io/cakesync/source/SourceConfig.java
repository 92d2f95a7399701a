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

    /** The connector: {@code csv}, {@code hibob}, {@code bamboohr}. */
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

    /** Kind {@code hibob}: the people search of HiBob's public API. */
    Hibob hibob();

    /** Kind {@code bamboohr}: BambooHR's employee list. */
    Bamboohr bamboohr();

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

        @WithDefault("5")
        int maxAttempts();

        // Durations default in ISO form, which plain SmallRye (the CSV tests' config) reads as well.
        @WithDefault("PT1S")
        Duration initialBackoff();

        @WithDefault("PT60S")
        Duration maxBackoff();

        /** One response holds every employee, so it may take a while to arrive. */
        @WithDefault("PT120S")
        Duration readTimeout();

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

        @WithDefault("5")
        int maxAttempts();

        @WithDefault("PT1S")
        Duration initialBackoff();

        @WithDefault("PT60S")
        Duration maxBackoff();

        @WithDefault("PT60S")
        Duration readTimeout();

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
}
