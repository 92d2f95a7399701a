package io.cakesync.ops;

import java.util.List;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Refuses to start with a configuration that cannot work, before the schedule can fire a doomed run. */
@ApplicationScoped
class StartupValidation {
    private static final Logger LOG = Logger.getLogger(StartupValidation.class);

    private final ConfigValidator validator;
    private final OpsConfig config;
    private final Redactor redactor;

    StartupValidation(ConfigValidator validator, OpsConfig config, Redactor redactor) {
        this.validator = validator;
        this.config = config;
        this.redactor = redactor;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (!config.validateOnStart()) {
            return;
        }
        List<Problem> problems = validator.problems();
        if (!problems.isEmpty()) {
            String message = redactor.redact(problems.size() + " configuration problem(s); fix them and start again "
                    + "(`check` also tests the database and Cakewalk):\n  - "
                    + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  - ")));
            LOG.error(message);
            throw new IllegalStateException(message);
        }
    }
}
