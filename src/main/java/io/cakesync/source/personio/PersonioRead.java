package io.cakesync.source.personio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import io.cakesync.source.ListingMoved;
import io.cakesync.source.SourceException;

/**
 * Every employee, in {@code limit}/{@code offset} pages up to Personio's own end marker. The first page
 * says how many pages there are; the others are fetched {@code concurrency} at a time through the
 * shared rate limit, so a slow answer does not hold the next call back. Offset paging shifts when
 * someone is added or removed during the read, so a total that differs between pages, or a person on
 * two pages, makes the whole read start again once; a count that does not match the total fails it.
 */
final class PersonioRead {
    private final PersonioCalls calls;
    private final int pageSize;
    private final int concurrency;

    PersonioRead(PersonioCalls calls, int pageSize, int concurrency) {
        this.calls = calls;
        this.pageSize = pageSize;
        this.concurrency = concurrency;
    }

    List<JsonNode> employees() {
        return ListingMoved.readAgainOnce("Personio's employee list", this::once);
    }

    private List<JsonNode> once() {
        EmployeesPage first = page(0);
        List<EmployeesPage> pages = new ArrayList<>(List.of(first));
        if (!first.last()) {
            pages.addAll(rest(first.totalPages()));
        }
        if (!pages.get(pages.size() - 1).last()) {
            throw new ListingMoved("page " + (pages.size() - 1) + " was no longer the last");
        }
        List<JsonNode> employees = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int page = 0; page < pages.size(); page++) {
            EmployeesPage answer = pages.get(page);
            if (answer.total() != first.total()) {
                throw new ListingMoved("the total went from " + first.total() + " to " + answer.total() + " at offset "
                        + page * pageSize);
            }
            for (JsonNode employee : answer.items()) {
                String id = PersonioFields.id(employee);
                if (id != null && !ids.add(id)) {
                    throw new ListingMoved("person " + id + " appeared on two pages");
                }
                employees.add(employee);
            }
        }
        if (employees.size() != first.total()) {
            throw new SourceException("Personio reported a total of " + first.total() + " employees, but its pages up"
                    + " to the last held " + employees.size() + "; the read is incomplete, so nothing is planned");
        }
        return employees;
    }

    /** Pages 1 to {@code totalPages - 1}, in order. */
    private List<EmployeesPage> rest(int totalPages) {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool =
                Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, totalPages - 1)), task -> {
                    Thread thread = new Thread(task, "personio-read-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<EmployeesPage>> futures = new ArrayList<>();
            for (int page = 1; page < totalPages; page++) {
                int number = page;
                futures.add(pool.submit(() -> page(number)));
            }
            List<EmployeesPage> pages = new ArrayList<>();
            for (Future<EmployeesPage> future : futures) {
                pages.add(future.get());
            }
            return pages;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure
                    ? failure
                    : new SourceException("reading Personio failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted while reading Personio", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private EmployeesPage page(int number) {
        int offset = number * pageSize;
        EmployeesPage answer = EmployeesPage.of(calls.employees(pageSize, offset), offset);
        if (answer.limit() != null && answer.limit() != pageSize) {
            throw new SourceException("Personio answered pages of " + answer.limit() + " employees when asked for "
                    + pageSize + " (sync.source.personio.page-size; Personio allows 1 to 100)");
        }
        if (answer.currentPage() != number) {
            throw new SourceException("Personio answered offset " + offset + " with page " + answer.currentPage()
                    + " instead of page " + number + ", so its pages cannot be trusted to cover everyone");
        }
        return answer;
    }
}
