package io.cakesync.sandbox;

import java.time.Duration;
import java.util.regex.Pattern;

/** One injected misbehaviour, matched against a request's method and full path. */
sealed interface Fault {

    String method();

    Pattern path();

    default boolean matches(String requestMethod, String requestPath) {
        return method().equalsIgnoreCase(requestMethod) && path().matcher(requestPath).matches();
    }

    /** Answer without touching the tenant. */
    record Respond(String method, Pattern path, int status, Integer retryAfterSeconds) implements Fault {
    }

    /** Apply the request, then answer with a failure: the client cannot tell it succeeded. */
    record ApplyThenRespond(String method, Pattern path, int status) implements Fault {
    }

    /** Apply the request, then hold the answer until the test releases it. */
    record ApplyThenHold(String method, Pattern path, Hold hold) implements Fault {
    }

    /** Apply the request, then stall so the client's read timeout fires first. */
    record ApplyThenDelay(String method, Pattern path, Duration delay) implements Fault {
    }
}
