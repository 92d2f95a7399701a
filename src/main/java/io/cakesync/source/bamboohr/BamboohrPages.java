package io.cakesync.source.bamboohr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.cakesync.source.ListingMoved;
import io.cakesync.source.SourceException;

/**
 * Reads every page to BambooHR's own end marker (no next cursor) and proves the read complete against
 * {@code meta.total}: the total must not change between the first and the last page, and the distinct
 * employees read must number exactly that. A listing that moved under the read (a total that changed,
 * a count that differs, a cursor BambooHR no longer accepts) is read once more from the start, then
 * fails: the next scheduled run tries again.
 */
final class BamboohrPages {
    private final BamboohrCalls calls;

    BamboohrPages(BamboohrCalls calls) {
        this.calls = calls;
    }

    List<JsonNode> all(String fields, int pageSize) {
        return ListingMoved.readAgainOnce("BambooHR's employee list", () -> once(fields, pageSize));
    }

    /** The first page alone, for a probe. */
    BamboohrPage first(String fields, int pageSize) {
        return BamboohrPage.parse(calls.page(fields, pageSize, null), 1);
    }

    private List<JsonNode> once(String fields, int pageSize) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        Set<String> cursors = new HashSet<>();
        List<Long> totals = new ArrayList<>();
        String cursor = null;
        int number = 0;
        do {
            number++;
            BamboohrPage page = BamboohrPage.parse(calls.page(fields, pageSize, cursor), number);
            totals.add(page.total());
            page.employees().forEach(e -> byId.putIfAbsent(e.get("employeeId").asText(), e));
            cursor = page.nextCursor();
            if (cursor != null && !cursors.add(cursor)) {
                throw new SourceException("BambooHR employee list repeated cursor " + cursor + " on page " + number
                        + ": the listing would loop");
            }
        } while (cursor != null);
        long first = totals.get(0);
        long last = totals.get(totals.size() - 1);
        if (first != last) {
            throw new ListingMoved("meta.total changed during the read (" + first + " on the first page, " + last
                    + " on the last): employees were added or removed while cakesync was paging");
        }
        if (byId.size() != last) {
            throw new ListingMoved("meta.total said " + last + " employee(s) but " + number + " page(s) held "
                    + byId.size() + " distinct one(s)");
        }
        return new ArrayList<>(byId.values());
    }
}
