package io.cakesync.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Requests in the order their answers were decided. */
final class RequestLog {

    private final List<RecordedRequest> requests = new ArrayList<>();

    synchronized void add(RecordedRequest request) {
        requests.add(request);
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(requests);
    }

    synchronized void clear() {
        requests.clear();
    }

    synchronized long count(String method, String pathRegex) {
        Pattern path = Pattern.compile(pathRegex);
        return requests.stream()
                .filter(r -> r.method().equalsIgnoreCase(method)
                        && path.matcher(r.path()).matches())
                .count();
    }
}
