package io.cakesync.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

import io.cakesync.cakewalk.Cakewalk;
import io.cakesync.cakewalk.CakewalkAccessDenied;
import io.cakesync.cakewalk.CakewalkConfig;
import io.cakesync.cakewalk.CakewalkGroup;
import io.cakesync.cakewalk.CakewalkUnavailable;
import io.cakesync.cakewalk.CakewalkUser;
import io.cakesync.mapping.Mapping;
import io.cakesync.mapping.MappingCheck;
import io.cakesync.reconcile.SyncConfig;
import io.cakesync.source.Emails;
import io.cakesync.source.HrSource;
import io.cakesync.source.Probe;
import io.cakesync.source.SourceException;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What {@code check} runs: the start-up validation plus live checks of the database, Cakewalk and the
 * HR source. Reads only: it writes nothing to Cakewalk and migrates nothing.
 */
@ApplicationScoped
public class Checks {
    private final ConfigValidator validator;
    private final Flyway flyway;
    private final Cakewalk cakewalk;
    private final CakewalkConfig cakewalkConfig;
    private final SyncConfig sync;
    private final HrSource source;
    private final Redactor redactor;
    private final String url;

    Checks(
            ConfigValidator validator,
            Flyway flyway,
            Cakewalk cakewalk,
            CakewalkConfig cakewalkConfig,
            SyncConfig sync,
            HrSource source,
            Redactor redactor,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        this.url = url;
        this.validator = validator;
        this.flyway = flyway;
        this.cakewalk = cakewalk;
        this.cakewalkConfig = cakewalkConfig;
        this.sync = sync;
        this.source = source;
        this.redactor = redactor;
    }

    public List<CheckResult> run() {
        List<CheckResult> results = new ArrayList<>();
        List<Problem> problems = validator.settingsProblems();
        if (problems.isEmpty()) {
            results.add(CheckResult.pass("configuration", "settings and mapping file are valid"));
        }
        problems.forEach(p -> results.add(CheckResult.fail("configuration", p.toString())));
        results.add(database());
        cakewalk(results);
        results.addAll(source());
        return results.stream()
                .map(r -> new CheckResult(r.check(), r.verdict(), redactor.redact(r.detail())))
                .toList();
    }

    private CheckResult database() {
        try {
            MigrationInfoService info = flyway.info();
            List<MigrationInfo> all = Arrays.asList(info.all());
            Optional<MigrationInfo> failed =
                    all.stream().filter(m -> m.getState().isFailed()).findFirst();
            if (failed.isPresent()) {
                return CheckResult.fail(
                        "database",
                        "migration " + failed.get().getVersion() + " failed: repair the "
                                + "schema (see flyway_schema_history) before starting cakesync");
            }
            String current = info.current() == null
                    ? "empty"
                    : "schema version " + info.current().getVersion();
            long future = all.stream()
                    .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS)
                    .count();
            if (future > 0) {
                return CheckResult.warn(
                        "database",
                        "reachable, " + current + ": " + future + " migration(s) newer "
                                + "than this version of cakesync (rolled back?)");
            }
            int pending = info.pending().length;
            return pending == 0
                    ? CheckResult.pass("database", "reachable, " + current + ", fully migrated")
                    : CheckResult.warn(
                            "database",
                            "reachable, " + current + ", " + pending
                                    + " migration(s) pending: applied when serve or sync starts");
        } catch (RuntimeException e) {
            return CheckResult.fail("database", DatabaseProblem.cannotConnect(url, e));
        }
    }

    private void cakewalk(List<CheckResult> results) {
        List<CakewalkGroup> groups;
        try {
            groups = cakewalk.groups();
            results.add(CheckResult.pass(
                    "cakewalk credentials",
                    "accepted by " + cakewalkConfig.url() + "; " + groups.size() + " group(s) visible"));
        } catch (CakewalkAccessDenied e) {
            results.add(
                    CheckResult.fail("cakewalk credentials", "rejected (HTTP " + e.status() + "): " + e.getMessage()));
            skipRest(results);
            return;
        } catch (CakewalkUnavailable | IllegalStateException e) {
            results.add(CheckResult.fail(
                    "cakewalk credentials", "cannot reach " + cakewalkConfig.url() + ": " + e.getMessage()));
            skipRest(results);
            return;
        }
        results.add(triggeredBy());
        results.addAll(mappedGroups(groups));
        results.addAll(included());
    }

    private CheckResult triggeredBy() {
        String name = "triggered-by user";
        Optional<String> id =
                cakewalkConfig.triggeredByUserId().map(String::strip).filter(s -> !s.isEmpty());
        if (id.isEmpty()) {
            return CheckResult.fail(name, "cakewalk.triggered-by-user-id is not set");
        }
        try {
            Optional<CakewalkUser> user = cakewalk.users().stream()
                    .filter(u -> id.get().equalsIgnoreCase(u.id()))
                    .findFirst();
            if (user.isEmpty()) {
                return CheckResult.fail(name, "no Cakewalk user has the id " + id.get());
            }
            CakewalkUser u = user.get();
            if (!"Active".equalsIgnoreCase(u.statusName())) {
                return CheckResult.fail(name, u.email() + " is " + u.statusName() + "; it must be an Active admin");
            }
            return CheckResult.pass(
                    name,
                    u.email() + " exists and is Active (the list API does not show roles: "
                            + "make sure it is an Admin)");
        } catch (RuntimeException e) {
            return CheckResult.fail(name, "cannot list users: " + e.getMessage());
        }
    }

    private List<CheckResult> mappedGroups(List<CakewalkGroup> groups) {
        String name = "mapped groups";
        if (sync.mappingFile().isEmpty()) {
            return List.of(CheckResult.skipped(name, "sync.mapping-file is not set"));
        }
        if (!MappingCheck.problems(sync.mappingFile().get()).isEmpty()) {
            return List.of(CheckResult.skipped(name, "the mapping file itself has problems (above)"));
        }
        List<String> problems = MappingCheck.problems(sync.mappingFile().get(), groups);
        if (problems.isEmpty()) {
            return List.of(CheckResult.pass(
                    name, "every group in " + sync.mappingFile().get() + " exists and is writable"));
        }
        return problems.stream()
                .map(p -> CheckResult.fail(name, sync.mappingFile().get() + ": " + p))
                .toList();
    }

    /** Members the mapping includes by email must be Cakewalk users to be added: a warning each when not. */
    private List<CheckResult> included() {
        if (sync.mappingFile().isEmpty()) {
            return List.of();
        }
        Mapping mapping = Mapping.read(sync.mappingFile().get());
        // Against no users every include is a warning: none means the file includes nobody, so no need to ask.
        if (!mapping.problems().isEmpty() || mapping.warnings(Set.of()).isEmpty()) {
            return List.of();
        }
        try {
            Set<String> emails = cakewalk.users().stream()
                    .map(u -> Emails.normalize(u.email()))
                    .filter(e -> e != null)
                    .collect(Collectors.toSet());
            return mapping.warnings(emails).stream()
                    .map(w -> CheckResult.warn(
                            "included members", sync.mappingFile().get() + ": " + w))
                    .toList();
        } catch (RuntimeException e) {
            return List.of(CheckResult.fail("included members", "cannot list users: " + e.getMessage()));
        }
    }

    /** One row per finding of the source's cheap probe (credentials, one page, each field); never a full read. */
    private List<CheckResult> source() {
        try {
            return source.probe(validator.ruleAttributes()).stream()
                    .map(p -> new CheckResult(
                            "HR source", CheckResult.Verdict.valueOf(p.verdict().name()), detail(p)))
                    .toList();
        } catch (SourceException e) {
            return List.of(CheckResult.fail("HR source", e.getMessage()));
        }
    }

    /** The probe's item, then its detail; once, where the detail already begins with it (an error naming its file). */
    private static String detail(Probe probe) {
        return probe.detail().startsWith(probe.item()) ? probe.detail() : probe.item() + ": " + probe.detail();
    }

    private static void skipRest(List<CheckResult> results) {
        results.add(CheckResult.skipped("triggered-by user", "needs working Cakewalk credentials"));
        results.add(CheckResult.skipped("mapped groups", "needs working Cakewalk credentials"));
    }
}
