package io.cakesync.notify;

import java.time.Instant;
import java.util.List;

import org.jboss.logging.Logger;

import io.cakesync.audit.RunQueries;
import io.cakesync.audit.RunView;
import io.cakesync.reconcile.RunFinished;
import io.cakesync.reconcile.vocabulary.RunStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Hears every finished run and raises the alerts {@link Rules} asks for. */
@ApplicationScoped
class Notifier {
    private static final Logger LOG = Logger.getLogger(Notifier.class);

    private final Deliveries deliveries;
    private final RunQueries queries;
    private final NotifyConfig config;

    Notifier(Deliveries deliveries, RunQueries queries, NotifyConfig config) {
        this.deliveries = deliveries;
        this.queries = queries;
        this.config = config;
    }

    void onRun(@Observes RunFinished run) {
        try {
            // The streak is read from the audit, so runs on every replica count.
            List<RunStatus> recent = queries.runs(config.partialRunsInARow() + 1, 0).stream()
                    .map(RunView::status)
                    .filter(s -> s != RunStatus.RUNNING)
                    .toList();
            Rules.forRun(run, recent, config.partialRunsInARow(), Instant.now()).ifPresent(deliveries::deliver);
        } catch (RuntimeException e) {
            LOG.warnf("cannot decide on alerts for run %d: %s", run.runId(), e.getMessage());
        }
    }
}
