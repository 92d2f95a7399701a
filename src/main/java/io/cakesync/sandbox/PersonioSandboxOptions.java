package io.cakesync.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link PersonioSandbox} behaves: the API credential it accepts, latency per call, and its
 * server-side limits per sliding minute (Personio: 300 on the employees endpoint, 60 on auth; 0 = none).
 */
public record PersonioSandboxOptions(
        String clientId, String clientSecret, Duration latency, int employeesPerMinute, int authPerMinute) {

    public PersonioSandboxOptions {
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("clientId and clientSecret must not be blank");
        }
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative() || employeesPerMinute < 0 || authPerMinute < 0) {
            throw new IllegalArgumentException("latency and limits must not be negative");
        }
    }

    public static PersonioSandboxOptions defaults(String clientId, String clientSecret) {
        return new PersonioSandboxOptions(clientId, clientSecret, Duration.ZERO, 300, 60);
    }

    public PersonioSandboxOptions withLatency(Duration newLatency) {
        return new PersonioSandboxOptions(clientId, clientSecret, newLatency, employeesPerMinute, authPerMinute);
    }

    public PersonioSandboxOptions withLimits(int newEmployeesPerMinute, int newAuthPerMinute) {
        return new PersonioSandboxOptions(clientId, clientSecret, latency, newEmployeesPerMinute, newAuthPerMinute);
    }

    /** Options end up in logs and assertion messages; the credential must not. */
    @Override
    public String toString() {
        return "PersonioSandboxOptions[clientId=***, clientSecret=***, latency=" + latency + ", employeesPerMinute="
                + employeesPerMinute + ", authPerMinute=" + authPerMinute + "]";
    }
}
