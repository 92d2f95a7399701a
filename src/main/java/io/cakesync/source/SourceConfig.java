package io.cakesync.source;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which HR source to read and how. Every key can be set from the environment. */
@ConfigMapping(prefix = "sync.source")
public interface SourceConfig {

    /** The connector: {@code csv}. */
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
}
