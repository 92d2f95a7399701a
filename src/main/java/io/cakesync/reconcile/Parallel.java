package io.cakesync.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.MDC;

/**
 * Runs a run's per-group work on a few threads. After a task fails, tasks not yet started are
 * skipped but those in flight finish, so every call that was sent also gets its outcome recorded;
 * then the first failure is rethrown as if the work had run on the caller's thread.
 */
final class Parallel {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private Parallel() {}

    /** Results in the order of {@code tasks}; one thread runs them in that order, on the caller's thread. */
    static <T> List<T> run(int threads, List<Callable<T>> tasks) {
        if (threads < 1) {
            throw new IllegalStateException("sync.concurrency (SYNC_CONCURRENCY) must be at least 1, was " + threads);
        }
        if (threads == 1 || tasks.size() <= 1) {
            return inline(tasks);
        }
        Map<String, Object> mdc = MDC.getMap();
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), task -> {
            Thread t = new Thread(task, "cakesync-worker-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> failed.get() ? null : withMdc(mdc, task, failed)));
            }
            return collect(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> List<T> inline(List<Callable<T>> tasks) {
        List<T> results = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            try {
                results.add(task.call());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return results;
    }

    private static <T> T withMdc(Map<String, Object> mdc, Callable<T> task, AtomicBoolean failed) throws Exception {
        mdc.forEach(MDC::put);
        try {
            return task.call();
        } catch (Exception | Error e) {
            failed.set(true);
            throw e;
        } finally {
            MDC.clear();
        }
    }

    private static <T> List<T> collect(List<Future<T>> futures) {
        List<T> results = new ArrayList<>(futures.size());
        Throwable first = null;
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                first = first == null ? e.getCause() : first;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(f -> f.cancel(true));
                throw new IllegalStateException("interrupted while waiting for Cakewalk calls", e);
            }
        }
        if (first instanceof RuntimeException e) {
            throw e;
        }
        if (first instanceof Error e) {
            throw e;
        }
        if (first != null) {
            throw new IllegalStateException(first);
        }
        return results;
    }
}
