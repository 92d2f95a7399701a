package io.cakesync.ops;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.quartz.CronExpression;

import io.cakesync.cakewalk.CakewalkConfig;
import io.cakesync.mapping.Mapping;
import io.cakesync.notify.NotifyConfig;
import io.cakesync.reconcile.SyncConfig;
import io.cakesync.source.HrSource;
import io.cakesync.source.Probe;
import io.cakesync.source.SourceException;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Everything that can be known to be wrong without asking Cakewalk, found in one pass so an admin
 * fixes all of it at once. Groups named in the mapping are checked against Cakewalk by {@code check}.
 */
@ApplicationScoped
class ConfigValidator {
    private final CakewalkConfig cakewalk;
    private final SyncConfig sync;
    private final HrSource source;
    private final NotifyConfig notify;

    ConfigValidator(CakewalkConfig cakewalk, SyncConfig sync, HrSource source, NotifyConfig notify) {
        this.cakewalk = cakewalk;
        this.sync = sync;
        this.source = source;
        this.notify = notify;
    }

    /** Every problem, the HR source's included. */
    public List<Problem> problems() {
        List<Problem> problems = settingsProblems();
        sourceProblem().ifPresent(problems::add);
        return problems;
    }

    /** Problems in the settings and the mapping file. */
    List<Problem> settingsProblems() {
        List<Problem> problems = new ArrayList<>();
        cakewalk(problems);
        schedule(problems);
        mapping(problems);
        notify(problems);
        return problems;
    }

    /** A cheap look at the HR source (never a full read): its settings and whether it answers. */
    Optional<Problem> sourceProblem() {
        try {
            return source.probe(ruleAttributes()).stream()
                    .filter(p -> p.verdict() == Probe.Verdict.FAIL)
                    .findFirst()
                    .map(p -> new Problem("HR source (sync.source.*)", p.detail()));
        } catch (SourceException e) {
            return Optional.of(new Problem("HR source (sync.source.*)", e.getMessage()));
        }
    }

    private void cakewalk(List<Problem> problems) {
        required(cakewalk.apiKey(), "cakewalk.api-key", problems);
        required(cakewalk.apiSecret(), "cakewalk.api-secret", problems);
        required(cakewalk.triggeredByUserId(), "cakewalk.triggered-by-user-id", problems)
                .filter(id -> !isUuid(id))
                .ifPresent(id -> problems.add(Problem.key(
                        "cakewalk.triggered-by-user-id", "'" + id + "' is not a Cakewalk user id (a UUID)")));
        httpUrl(cakewalk.url(), "'" + cakewalk.url() + "'")
                .ifPresent(why -> problems.add(Problem.key("cakewalk.url", why)));
        if (cakewalk.rateLimitPerMinute() < 1) {
            problems.add(Problem.key(
                    "cakewalk.rate-limit-per-minute", "must be at least 1, got " + cakewalk.rateLimitPerMinute()));
        }
        if (cakewalk.batchSize() < 1) {
            problems.add(Problem.key("cakewalk.batch-size", "must be at least 1, got " + cakewalk.batchSize()));
        }
        if (cakewalk.retry().maxAttempts() < 1) {
            problems.add(Problem.key(
                    "cakewalk.retry.max-attempts",
                    "must be at least 1, got " + cakewalk.retry().maxAttempts()));
        }
    }

    private void schedule(List<Problem> problems) {
        String cron = sync.schedule().strip();
        if (cron.equalsIgnoreCase("off") || cron.equalsIgnoreCase("disabled")) {
            return;
        }
        try {
            CronExpression.validateExpression(cron);
        } catch (ParseException e) {
            problems.add(Problem.key(
                    "sync.schedule",
                    "'" + cron + "' is not a Quartz cron expression (" + e.getMessage()
                            + "); e.g. '0 0/15 * * * ?' or 'off'"));
        }
    }

    private void mapping(List<Problem> problems) {
        Optional<Path> file = sync.mappingFile();
        if (file.isEmpty()) {
            problems.add(Problem.key("sync.mapping-file", "is not set"));
            return;
        }
        Mapping mapping = Mapping.read(file.get());
        try {
            mapping = mapping.checkedAgainst(source.kind(), source::provides);
        } catch (SourceException e) {
            // An unknown sync.source.kind is reported with the source; the rules cannot be checked against it.
        }
        mapping.problems().forEach(p -> problems.add(new Problem("mapping file " + file.get(), p)));
    }

    /** The attributes the mapping's rules read, which the source must give (none when the file is unusable). */
    Set<String> ruleAttributes() {
        return sync.mappingFile().map(f -> Mapping.read(f).attributes()).orElse(Set.of());
    }

    private void notify(List<Problem> problems) {
        // Webhook URLs are credentials: say what is wrong without repeating them.
        notify.webhookUrl()
                .flatMap(url -> httpUrl(url, "the URL"))
                .ifPresent(why -> problems.add(Problem.key("notify.webhook-url", why)));
        notify.slackWebhookUrl()
                .flatMap(url -> httpUrl(url, "the URL"))
                .ifPresent(why -> problems.add(Problem.key("notify.slack-webhook-url", why)));
        notify.emailTo().orElse(List.of()).stream()
                .filter(to -> !to.contains("@"))
                .forEach(to -> problems.add(Problem.key("notify.email-to", "'" + to + "' is not an email address")));
        if (notify.partialRunsInARow() < 1) {
            problems.add(Problem.key("notify.partial-runs-in-a-row", "must be at least 1"));
        }
        if (notify.deliveryAttempts() < 1) {
            problems.add(Problem.key("notify.delivery-attempts", "must be at least 1"));
        }
    }

    private static Optional<String> required(Optional<String> value, String key, List<Problem> problems) {
        Optional<String> set = value.map(String::strip).filter(v -> !v.isEmpty());
        if (set.isEmpty()) {
            problems.add(Problem.key(key, "is not set"));
        }
        return set;
    }

    /** Why the text is not an absolute http(s) URL with a host, or empty when it is one. */
    private static Optional<String> httpUrl(String text, String shown) {
        try {
            URI uri = new URI(text.strip());
            if (uri.getScheme() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                return Optional.of(shown + " must start with https:// (or http://)");
            }
            if (uri.getHost() == null) {
                return Optional.of(shown + " has no host name");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(shown + " is not a URL: " + e.getReason() + " at index " + e.getIndex());
        }
    }

    private static boolean isUuid(String id) {
        try {
            return UUID.fromString(id).toString().equalsIgnoreCase(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
