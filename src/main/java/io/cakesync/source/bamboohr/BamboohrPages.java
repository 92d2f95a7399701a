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
    /**
     * Ids a filtered request names at most. BambooHR's docs name no limit, but the ids travel in the URL,
     * which servers and proxies on the way cap (often at 8 KB with the fields parameter); 100 ids of
     * BambooHR's integer form keep it to about a kilobyte, and more people take more requests.
     */
    static final int IDS_PER_CALL = 100;

    private final BamboohrCalls calls;

    BamboohrPages(BamboohrCalls calls) {
        this.calls = calls;
    }

    List<JsonNode> all(String fields, int pageSize) {
        return ListingMoved.readAgainOnce("BambooHR's employee list", () -> once(fields, null, pageSize));
    }

    /**
     * The employees these ids name ({@code filter[ids]}), each batch paged and proven complete against its
     * own {@code meta.total} like the full list; an id BambooHR does not know is simply not in the answer.
     * No ids, no call: a request without the filter would list everyone.
     */
    List<JsonNode> named(String fields, List<String> ids, int pageSize) {
        List<JsonNode> employees = new ArrayList<>();
        for (List<String> batch : batches(ids)) {
            String filter = String.join(",", batch);
            employees.addAll(ListingMoved.readAgainOnce(
                    "BambooHR's employee list for employee(s) " + filter, () -> once(fields, filter, pageSize)));
        }
        return employees;
    }

    /** The calls {@link #named} makes for this many ids when nothing moves: each batch's pages, at least one. */
    static long calls(int ids, int pageSize) {
        long calls = 0;
        for (int from = 0; from < ids; from += IDS_PER_CALL) {
            int batch = Math.min(IDS_PER_CALL, ids - from);
            calls += Math.max(1, (batch + pageSize - 1) / pageSize);
        }
        return calls;
    }

    /** The first page alone, for a probe. */
    BamboohrPage first(String fields, int pageSize) {
        return BamboohrPage.parse(calls.page(fields, null, pageSize, null), 1);
    }

    private static List<List<String>> batches(List<String> ids) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_CALL) {
            batches.add(ids.subList(from, Math.min(from + IDS_PER_CALL, ids.size())));
        }
        return batches;
    }

    private List<JsonNode> once(String fields, String ids, int pageSize) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        Set<String> cursors = new HashSet<>();
        List<Long> totals = new ArrayList<>();
        String cursor = null;
        int number = 0;
        do {
            number++;
            BamboohrPage page = BamboohrPage.parse(calls.page(fields, ids, pageSize, cursor), number);
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
