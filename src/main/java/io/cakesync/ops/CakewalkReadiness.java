package io.cakesync.ops;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** Readiness includes Cakewalk as the last calls found it; the database check comes with the datasource. */
@Readiness
@ApplicationScoped
class CakewalkReadiness implements HealthCheck {
    private final CakewalkReachability reachability;

    CakewalkReadiness(CakewalkReachability reachability) {
        this.reachability = reachability;
    }

    @Override
    public HealthCheckResponse call() {
        CakewalkReachability.Verdict verdict = reachability.current();
        return HealthCheckResponse.named("cakewalk")
                .status(verdict.up())
                .withData("state", verdict.state().name())
                .withData("since", verdict.since().toString())
                .build();
    }
}
