package io.cakesync.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import io.cakesync.audit.ChangeFilter;
import io.cakesync.audit.ChangeSearch;
import io.cakesync.audit.GroupStates;
import io.cakesync.audit.GroupStates.Drift;
import io.cakesync.audit.GroupStates.LastChange;
import io.cakesync.audit.GroupStates.Member;
import io.cakesync.audit.HeldPlans;
import io.cakesync.mapping.MappedGroup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The mapped groups: each with its rule and state, and one group's members with why each belongs. */
@Path("/groups")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class GroupsPages {
    private static final int RECENT = 10;

    private final MappingRules mapping;
    private final GroupStates states;
    private final HeldPlans heldPlans;
    private final PlanStates plans;
    private final ChangeSearch search;
    private final Frames frames;
    private final Template groups;
    private final Template group;

    GroupsPages(
            MappingRules mapping,
            GroupStates states,
            HeldPlans heldPlans,
            PlanStates plans,
            ChangeSearch search,
            Frames frames,
            @Location("groups.html") Template groups,
            @Location("group.html") Template group) {
        this.mapping = mapping;
        this.states = states;
        this.heldPlans = heldPlans;
        this.plans = plans;
        this.search = search;
        this.frames = frames;
        this.groups = groups;
        this.group = group;
    }

    @GET
    public TemplateInstance list() {
        MappingRules.Rules rules = mapping.read(states.snapshots());
        Map<String, LastChange> last = states.lastChanges();
        Map<String, Integer> held = heldPlans.pendingByGroup(plans.oldestUndecidedStillValid());
        Optional<Drift> drift = states.driftOnLastFullRefresh();
        List<GroupRow> rows =
                rules.rules().stream().map(r -> row(r, last, held, drift)).toList();
        return groups.data("frame", frames.now())
                .data("groups", rows)
                .data("file", rules.file())
                .data("problems", rules.problems())
                .data("driftRun", drift.map(Drift::runId).orElse(null));
    }

    @GET
    @Path("{key}")
    public TemplateInstance one(@PathParam("key") String key) {
        MappingRules.Rules rules = mapping.read(states.snapshots());
        MappingRules.Rule rule =
                rules.find(key).orElseThrow(() -> new Unknown("no group '" + key + "' in the mapping file"));
        Map<String, Integer> held = heldPlans.pendingByGroup(plans.oldestUndecidedStillValid());
        Optional<Drift> drift = states.driftOnLastFullRefresh();
        GroupRow row = row(rule, states.lastChanges(), held, drift);
        List<MemberRow> members = rule.snapshot() == null ? List.of() : members(rule.group());
        return group.data("frame", frames.now())
                .data("group", row)
                .data("members", members)
                .data(
                        "recent",
                        rule.snapshot() == null
                                ? List.of()
                                : search.find(
                                        new ChangeFilter(null, rule.snapshot().groupId(), null, null, null, null),
                                        RECENT,
                                        0))
                .data("driftRun", drift.map(Drift::runId).orElse(null));
    }

    private List<MemberRow> members(MappedGroup mapped) {
        boolean keepOnLeave = mapping.keepOnLeave();
        Set<String> everywhere = mapping.protectedEverywhere();
        return states.members(mapped.groupId()).stream()
                .map(m -> {
                    Belonging why = Belonging.of(mapped, m, keepOnLeave, everywhere);
                    return new MemberRow(
                            name(m),
                            m.email(),
                            m.userId(),
                            m.employeeId(),
                            hr(m),
                            m.cakewalkStatus(),
                            why.reason(),
                            why.byRule());
                })
                .toList();
    }

    static String name(Member m) {
        String hr = ((m.firstName() == null ? "" : m.firstName()) + " " + (m.lastName() == null ? "" : m.lastName()))
                .trim();
        return hr.isEmpty() ? m.cakewalkName() : hr;
    }

    private static String hr(Member m) {
        return m.hrStatus() == null
                ? null
                : (m.department() == null ? "no department" : m.department()) + ", " + m.hrStatus();
    }

    private static GroupRow row(
            MappingRules.Rule rule, Map<String, LastChange> last, Map<String, Integer> held, Optional<Drift> drift) {
        GroupStates.Snapshot s = rule.snapshot();
        String id = s == null ? null : s.groupId();
        LastChange change = id == null ? null : last.get(id);
        Integer drifted =
                drift.isEmpty() || id == null ? null : drift.get().byGroup().getOrDefault(id, 0);
        OffsetDateTime refreshed = s == null ? null : s.refreshedAt();
        return new GroupRow(
                id == null ? rule.entry().group() : id,
                rule.name(),
                id,
                rule.text(),
                s == null ? null : s.memberCount(),
                refreshed,
                change,
                id == null ? 0 : held.getOrDefault(id, 0),
                drifted);
    }
}
