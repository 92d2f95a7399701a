package io.cakesync.reconcile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cakesync.audit.AuditTrail;
import io.cakesync.audit.NewChange;
import io.cakesync.audit.PreviewRun;
import io.cakesync.audit.RejectionView;
import io.cakesync.cakewalk.Cakewalk;
import io.cakesync.cakewalk.CakewalkGroup;
import io.cakesync.mapping.MappedGroup;
import io.cakesync.mapping.Mapping;
import io.cakesync.mapping.MappingException;
import io.cakesync.reconcile.PreviewReport.GroupPreview;
import io.cakesync.reconcile.PreviewReport.Line;
import io.cakesync.source.HrRead;
import io.cakesync.source.HrSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The effect of a mapping change on the current state: reads HR and Cakewalk as a run would, decides
 * under the proposed mapping, and tells per group who would join and who would leave, marking what the
 * current mapping plans anyway. It writes nothing to Cakewalk and changes no snapshot; the preview is
 * kept in the audit as a run of mode {@code PREVIEW}. It needs no run lock: it sends nothing.
 */
@ApplicationScoped
public class Preview {
    private final HrSource source;
    private final Cakewalk cakewalkApi;
    private final CakewalkReader cakewalk;
    private final PastRuns past;
    private final AuditTrail audit;
    private final RunMeter meter;
    private final SyncConfig config;

    Preview(
            HrSource source,
            Cakewalk cakewalkApi,
            CakewalkReader cakewalk,
            PastRuns past,
            AuditTrail audit,
            RunMeter meter,
            SyncConfig config) {
        this.source = source;
        this.cakewalkApi = cakewalkApi;
        this.cakewalk = cakewalk;
        this.past = past;
        this.audit = audit;
        this.meter = meter;
        this.config = config;
    }

    /** Throws {@code MappingException} listing the proposed mapping's problems; nothing is recorded then. */
    public PreviewReport of(Mapping proposed, Trigger trigger) {
        RunMeter.Started metered = meter.start();
        Mapping checked =
                proposed.checkedAgainst(source.kind(), source::provides).orThrow();
        Optional<Mapping> current =
                config.mappingFile().map(Mapping::read).filter(m -> m.problems().isEmpty());
        Set<String> attributes = new HashSet<>(checked.attributes());
        current.ifPresent(m -> m.attributes().stream().filter(source::provides).forEach(attributes::add));
        RunPolicy policy = RunPolicy.from(config);
        HrRead hr = source.read(attributes);
        CakewalkRead now = cakewalk.read(checked, hr.employees(), policy.status());
        Inputs in = past.with(hr, now);
        Instant at = Instant.now();
        Decision decision = Decide.decide(in, policy, Optional.empty(), at);

        List<MappedGroup> proposedGroups = now.state().groups();
        Optional<Map<String, MappedGroup>> resolvedCurrent = current.flatMap(this::resolved);
        Map<String, MappedGroup> currentGroups = resolvedCurrent.orElse(Map.of());
        Set<String> proposedIds = new HashSet<>();
        proposedGroups.forEach(g -> proposedIds.add(g.groupId()));
        Set<String> planned = keys(Decide.plan(
                in,
                currentGroups.values().stream()
                        .filter(g -> proposedIds.contains(g.groupId()))
                        .toList(),
                policy,
                at));

        Map<String, List<PlannedChange>> byGroup = new LinkedHashMap<>();
        proposedGroups.forEach(g -> byGroup.put(g.groupId(), new ArrayList<>()));
        decision.plan().changes().forEach(c -> byGroup.get(c.groupId()).add(c));
        List<GroupPreview> groups = new ArrayList<>();
        List<NewChange> rows = new ArrayList<>();
        int due = 0;
        for (MappedGroup g : proposedGroups) {
            List<Line> joins = new ArrayList<>();
            List<Line> leaves = new ArrayList<>();
            for (PlannedChange c : byGroup.get(g.groupId())) {
                if (c.action() == Action.MATCH) {
                    continue;
                }
                boolean dueToChange = !planned.contains(key(c));
                due += dueToChange ? 1 : 0;
                NewChange row = Journal.row(c, true);
                rows.add(
                        dueToChange
                                ? row
                                : new NewChange(
                                        row.groupId(),
                                        row.groupName(),
                                        row.action(),
                                        row.userId(),
                                        row.email(),
                                        row.employeeId(),
                                        row.reason() + "; planned with the current mapping too",
                                        row.outcome()));
                Line line = new Line(
                        c.email() == null ? c.userId() : c.email(),
                        c.employeeId(),
                        verdict(c),
                        row.reason(),
                        dueToChange);
                (c.action() == Action.ADD ? joins : leaves).add(line);
            }
            groups.add(new GroupPreview(
                    g.groupId(),
                    g.groupName(),
                    resolvedCurrent.isPresent() && !currentGroups.containsKey(g.groupId()),
                    joins,
                    leaves));
        }
        List<String> dropped = currentGroups.values().stream()
                .filter(g -> !proposedIds.contains(g.groupId()))
                .map(MappedGroup::groupName)
                .toList();
        String summary = Summary.ofPreview(proposed.file().toString(), decision, due, resolvedCurrent.isPresent());
        long runId = audit.recordPreview(new PreviewRun(
                trigger.name(),
                SyncRunner.node(config),
                hr.origin(),
                hr.recordsRead(),
                hr.rejected().stream()
                        .map(r -> new RejectionView(r.locator(), r.employeeId(), r.email(), r.reason()))
                        .toList(),
                decision.figures(),
                rows,
                summary,
                metered.stop().calls()));
        return new PreviewReport(
                runId,
                proposed.file().toString(),
                summary,
                groups,
                dropped,
                decision.figures(),
                hr.rejected().size());
    }

    /** The current mapping's groups by id; empty when it no longer resolves (then nothing is compared). */
    private Optional<Map<String, MappedGroup>> resolved(Mapping mapping) {
        List<CakewalkGroup> tenant = cakewalkApi.groups();
        Map<String, MappedGroup> byId = new LinkedHashMap<>();
        try {
            mapping.resolve(tenant).forEach(g -> byId.put(g.groupId(), g));
        } catch (MappingException e) {
            return Optional.empty();
        }
        return Optional.of(byId);
    }

    private static Set<String> keys(Plan plan) {
        Set<String> keys = new HashSet<>();
        plan.changes().forEach(c -> keys.add(key(c)));
        return keys;
    }

    private static String key(PlannedChange c) {
        return c.groupId() + "|" + c.action() + "|" + c.userId() + "|" + c.email();
    }

    private static String verdict(PlannedChange c) {
        boolean add = c.action() == Action.ADD;
        return switch (c.outcome()) {
            case PLANNED -> add ? "joins" : "leaves";
            case HELD -> add ? "would join after approval" : "would leave after approval";
            case DEFERRED -> "joins once Cakewalk has the user";
            case SKIPPED -> add ? "not added" : "stays";
            default -> c.outcome().name();
        };
    }
}
