package io.cakesync.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import io.cakesync.reconcile.RunControl;
import io.cakesync.reconcile.SyncConfig;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.TargetedReport;
import io.cakesync.reconcile.Targets;
import io.cakesync.source.PersonRef;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * Turns pending events into targeted runs, on every replica that runs the scheduler; the run lock
 * decides which one processes. It waits {@code events.coalesce} after the first pending event, then
 * takes every pending event into one run. An event accepted here wakes it at once; events accepted
 * elsewhere, and retries, are found by looking every {@code events.poll}.
 */
@ApplicationScoped
class EventProcessor {
    private static final Logger LOG = Logger.getLogger(EventProcessor.class);
    static final int BATCH = 1_000;
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final EventStore store;
    private final SyncRunner runner;
    private final EventsConfig config;
    private final SyncConfig sync;
    private final EventClock clock;
    private final Instance<Receiver> receivers;
    private final boolean scheduler;
    private final RunControl control;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean stopping;
    private Thread thread;

    EventProcessor(
            EventStore store,
            SyncRunner runner,
            EventsConfig config,
            SyncConfig sync,
            EventClock clock,
            Instance<Receiver> receivers,
            @ConfigProperty(name = "quarkus.scheduler.enabled", defaultValue = "true") boolean scheduler,
            RunControl control) {
        this.store = store;
        this.runner = runner;
        this.config = config;
        this.sync = sync;
        this.clock = clock;
        this.receivers = receivers;
        this.scheduler = scheduler;
        this.control = control;
    }

    /** Processing needs a receiver that is on; commands that run without the scheduler never process. */
    void onStart(@Observes StartupEvent event) {
        if (config.processing()
                && scheduler
                && receivers.stream().anyMatch(r -> r.off().isEmpty())) {
            start();
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stop();
    }

    synchronized void start() {
        if (thread != null && thread.isAlive()) {
            return;
        }
        stopping = false;
        thread = new Thread(this::loop, "cakesync-events");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops looking for events; a run in flight ends first (on shutdown, between groups). */
    void stop() {
        Thread running;
        synchronized (this) {
            stopping = true;
            running = thread;
        }
        wake();
        if (running != null) {
            try {
                running.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void loop() {
        LOG.infof(
                "processing HR events: coalescing for %s, looking for others every %s",
                config.coalesce(), config.poll());
        // A run started after shutdown was requested would only be interrupted between its groups.
        while (!stopping && !control.shutdownRequested()) {
            Duration wait;
            try {
                wait = step();
            } catch (RuntimeException e) {
                LOG.error("HR events: " + e.getMessage(), e);
                wait = config.poll();
            }
            pause(wait);
        }
    }

    private void pause(Duration wait) {
        synchronized (signal) {
            try {
                if (!woken && !stopping && wait.compareTo(Duration.ZERO) > 0) {
                    signal.wait(Math.max(1, wait.toMillis()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
            woken = false;
        }
    }

    /** Processes what is due now; returns how long to wait before looking again. */
    Duration step() {
        Optional<Instant> due = store.earliestDue();
        if (due.isEmpty()) {
            return config.poll();
        }
        Duration until = Duration.between(clock.now(), due.get());
        if (until.compareTo(Duration.ZERO) > 0) {
            return min(until, config.poll());
        }
        return processDue().isPresent() ? Duration.ZERO : min(config.coalesce(), config.poll());
    }

    /**
     * One targeted run for every event that is due (and every event not tried yet), when no other run
     * holds the lock; empty when one does, or nothing is pending.
     */
    Optional<TargetedReport> processDue() {
        List<Claimed> claimed = new ArrayList<>();
        Optional<TargetedReport> report = runner.runForPeople(
                () -> {
                    claimed.addAll(store.claim(clock.now(), BATCH));
                    return claimed.isEmpty() ? Optional.empty() : Optional.of(targets(claimed));
                },
                sync.dryRun());
        report.ifPresent(r -> store.settle(
                Settlements.of(claimed, r, config.maxAttempts(), config.retryBackoff(), clock.now()), clock.now()));
        return report;
    }

    private Targets targets(List<Claimed> claimed) {
        Set<PersonRef> people = new LinkedHashSet<>();
        claimed.forEach(e -> people.addAll(e.people()));
        return new Targets(people, claimed.stream().map(Claimed::key).toList(), config.window());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
