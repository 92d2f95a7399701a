package io.cakesync.sandbox;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Cuts a list into the API's {@code {"data":[...],"links":{"self","next"}}} pages. */
final class Pager {

    private final SandboxOptions options;
    private final String baseUrl;

    Pager(SandboxOptions options, String baseUrl) {
        this.options = options;
        this.baseUrl = baseUrl;
    }

    <T> Response page(String path, String cursorParam, List<T> items, Function<T, JsonNode> view) {
        Cursor cursor = cursorParam == null ? new Cursor(0, options.pageSize()) : Cursor.parse(cursorParam);
        long from = (long) cursor.pageNumber() * cursor.pageSize();
        int start = (int) Math.min(from, items.size());
        int end = Math.min(start + cursor.pageSize(), items.size());

        ObjectNode body = Json.object();
        ArrayNode data = body.putArray("data");
        items.subList(start, end).forEach(item -> data.add(view.apply(item)));
        ObjectNode links = body.putObject("links");
        links.put("self", link(path, cursorParam));
        if (end < items.size()) {
            links.put("next", link(path, cursor.next().encode()));
        } else if (!options.omitNextOnLastPage()) {
            links.putNull("next");
        }
        return Response.json(body);
    }

    /** The cursor goes in unescaped, as in the real API's sample links. */
    private String link(String path, String cursor) {
        String relative = cursor == null ? path : path + "?cursor=" + cursor;
        return options.absoluteLinks() ? baseUrl + relative : relative;
    }
}
