package io.cakesync.source.personio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.cakesync.http.CallPolicy;
import io.cakesync.source.SourceException;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * The calls of one read, each through its endpoint's {@link CallPolicy}: 429, 5xx and no answer are
 * sent again after the policy's wait; 401 and 403 stop at once, because repeating a rejected
 * credential only adds failures to Personio's logs. Holds the read's bearer token.
 */
final class PersonioCalls {
    private static final Logger LOG = Logger.getLogger(PersonioCalls.class);
    static final String AUTH = "POST /v1/auth";
    static final String EMPLOYEES = "GET /v1/company/employees";
    static final String ATTRIBUTES = "GET /v1/company/employees/attributes";

    private final PersonioApi api;
    private final PersonioCredentials credentials;
    private final CallPolicy authPolicy;
    private final CallPolicy employeesPolicy;
    private volatile String token;

    PersonioCalls(PersonioApi api, PersonioCredentials credentials, CallPolicy authPolicy, CallPolicy employeesPolicy) {
        this.api = api;
        this.credentials = credentials;
        this.authPolicy = authPolicy;
        this.employeesPolicy = employeesPolicy;
    }

    void authenticate() {
        Answer answer =
                send(AUTH, authPolicy, () -> api.auth(credentials.clientId(), credentials.clientSecret()), false);
        String issued = PersonioJson.parse(answer.body(), AUTH)
                .path("data")
                .path("token")
                .asText("");
        if (issued.isBlank()) {
            throw new SourceException("Personio answered " + AUTH + " without a token");
        }
        token = issued;
    }

    JsonNode employees(int limit, int offset) {
        Answer answer = send(EMPLOYEES, employeesPolicy, () -> api.employees(bearer(), limit, offset), false);
        return PersonioJson.parse(answer.body(), EMPLOYEES + "?offset=" + offset);
    }

    /** One employee by Personio id; empty when Personio does not know the id (HTTP 404). */
    Optional<JsonNode> employee(String id) {
        String label = EMPLOYEES + "/" + id;
        Answer answer = send(label, employeesPolicy, () -> api.employee(bearer(), id), true);
        if (answer.status() == 404) {
            return Optional.empty();
        }
        JsonNode data = PersonioJson.parse(answer.body(), label).path("data");
        if (!data.path("attributes").isObject()) {
            throw new SourceException("Personio answered " + label + " without an employee in 'data'");
        }
        return Optional.of(data);
    }

    /** The employees with this email address: Personio's list, filtered; empty when no one has it. */
    List<JsonNode> employeesByEmail(String email) {
        String label = EMPLOYEES + "?email=" + email;
        JsonNode data = PersonioJson.parse(
                        send(label, employeesPolicy, () -> api.employeesByEmail(bearer(), email), false)
                                .body(),
                        label)
                .path("data");
        if (!data.isArray()) {
            throw new SourceException("Personio answered " + label + " without a 'data' list");
        }
        List<JsonNode> employees = new ArrayList<>();
        data.forEach(employees::add);
        return employees;
    }

    JsonNode attributes() {
        return PersonioJson.parse(
                send(ATTRIBUTES, employeesPolicy, () -> api.attributes(bearer()), false)
                        .body(),
                ATTRIBUTES);
    }

    private String bearer() {
        if (token == null) {
            throw new IllegalStateException("authenticate before calling Personio");
        }
        return "Bearer " + token;
    }

    /** {@code notFoundAnswers}: a 404 is an answer (no such employee), returned like a 2xx. */
    private Answer send(String label, CallPolicy policy, Supplier<Response> call, boolean notFoundAnswers) {
        for (int attempt = 1; ; attempt++) {
            policy.permit();
            Answer answer = invoke(call);
            if (answer.ok() || (notFoundAnswers && answer.status() == 404)) {
                rotate(answer);
                return answer;
            }
            if (answer.status() == 401 || answer.status() == 403) {
                throw denied(label, answer);
            }
            if (!answer.retriable()) {
                throw new SourceException("Personio answered " + label + " with " + scrub(answer.describe()));
            }
            if (attempt >= policy.maxAttempts()) {
                throw new SourceException("Personio did not answer " + label + " after " + attempt
                        + " attempt(s); last: " + scrub(answer.describe()));
            }
            LOG.infof(
                    "Personio answered %s with %s; sending it again (attempt %d of %d)",
                    label,
                    answer.status() == 0 ? "no response" : "HTTP " + answer.status(),
                    attempt + 1,
                    policy.maxAttempts());
            boolean limited = answer.status() == 429;
            // Personio asks for at least a second after a 429 and documents no Retry-After.
            policy.beforeResend(limited, limited && answer.retryAfter() == null ? "1" : answer.retryAfter(), attempt);
        }
    }

    // Credentials from before Personio's stable tokens get a fresh token in every response's header.
    private void rotate(Answer answer) {
        String header = answer.authorization();
        if (header != null
                && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && !header.substring(7).isBlank()) {
            token = header.substring(7).strip();
        }
    }

    private SourceException denied(String label, Answer answer) {
        String said = answer.message() == null ? "" : ". Personio said: " + scrub(answer.message());
        String why;
        if (label.equals(AUTH)) {
            why = "Personio rejected the API credentials (HTTP " + answer.status() + ") on " + AUTH + ": check "
                    + PersonioCredentials.SETTINGS;
        } else if (answer.status() == 401) {
            why = "Personio rejected the token it had just issued (HTTP 401) on " + label + ": check that the API"
                    + " credential (" + PersonioCredentials.SETTINGS + ") is still active in Personio";
        } else {
            why = "Personio refused " + label + " (HTTP 403): the API credential (" + PersonioCredentials.SETTINGS
                    + ") may not read employees; give it read access to employees in Personio (Settings > API"
                    + " credentials)";
        }
        return new SourceException(why + said);
    }

    /** Personio's answers are quoted in messages; a credential in one must not travel further. */
    private String scrub(String text) {
        return credentials.scrub(token == null ? text : text.replace(token, "****"));
    }

    private static Answer invoke(Supplier<Response> call) {
        try {
            return Answer.of(call.get());
        } catch (WebApplicationException e) {
            return Answer.of(e.getResponse());
        } catch (ProcessingException e) {
            return Answer.noResponse(e);
        }
    }
}
