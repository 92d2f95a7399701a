package io.cakesync.sandbox;

import java.util.regex.Pattern;

/** One injected misbehaviour, matched against a request's method and full path. */
sealed interface Fault {

    String method();

    Pattern path();

    default boolean matches(String requestMethod, String requestPath) {
        return method().equalsIgnoreCase(requestMethod)
                && path().matcher(requestPath).matches();
    }

    /** Answer without touching the tenant. */
    record Respond(String method, Pattern path, int status, Integer retryAfterSeconds) implements Fault {}

    /** Apply the request, then answer with a failure: the client cannot tell it succeeded. */
    record ApplyThenRespond(String method, Pattern path, int status) implements Fault {}

    /** Apply the request, then keep the answer back until the test releases the hold. */
    record ApplyThenHold(String method, Pattern path, Hold hold) implements Fault {}
}
