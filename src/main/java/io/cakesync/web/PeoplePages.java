package io.cakesync.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

import io.cakesync.audit.GroupStates;
import io.cakesync.audit.PersonRecords;
import io.cakesync.audit.PersonRecords.HrRecord;
import io.cakesync.audit.Timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Finding a person by name, email or employee id, and everything cakesync knows about them. */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class PeoplePages {
    private static final int REJECTIONS = 20;

    private final PersonRecords records;
    private final GroupStates states;
    private final MappingRules mapping;
    private final Timeline timeline;
    private final Frames frames;
    private final Template people;
    private final Template person;

    PeoplePages(
            PersonRecords records,
            GroupStates states,
            MappingRules mapping,
            Timeline timeline,
            Frames frames,
            @Location("people.html") Template people,
            @Location("person.html") Template person) {
        this.records = records;
        this.states = states;
        this.mapping = mapping;
        this.timeline = timeline;
        this.frames = frames;
        this.people = people;
        this.person = person;
    }

    /** The search; an exact email or employee id goes straight to that person's page. */
    @GET
    public Response search(
            @QueryParam("q") String q, @QueryParam("key") String key, @QueryParam("page") @DefaultValue("0") int page) {
        String text = Query.blankToNull(q != null ? q : key);
        if (text != null && page == 0) {
            Optional<HrRecord> exact = records.find(text);
            if (exact.isPresent()) {
                return Response.seeOther(URI.create(link(text))).build();
            }
        }
        int p = Math.max(0, page);
        long total = records.count(text);
        return Response.ok(people.data("frame", frames.now())
                        .data("q", text)
                        .data("people", records.search(text, PagesResource.PAGE, p * PagesResource.PAGE))
                        .data("total", total)
                        .data("page", p)
                        .data("more", (p + 1L) * PagesResource.PAGE < total)
                        .render())
                .build();
    }

    @GET
    @Path("{key}")
    public String person(@PathParam("key") String key, @QueryParam("page") @DefaultValue("0") int page) {
        String k = key.trim();
        int p = Math.max(0, page);
        HrRecord hr = records.find(k).orElse(null);
        Timeline.View changes = timeline.of(k, PagesResource.PAGE, p * PagesResource.PAGE);
        Set<String> keys = new LinkedHashSet<>(List.of(k));
        if (hr != null) {
            keys.add(hr.employeeId());
            keys.add(hr.email());
        }
        PersonPage view = new PersonPage(
                k,
                hr == null ? null : name(hr),
                hr,
                groups(hr == null ? k : hr.email()),
                records.rejections(new ArrayList<>(keys), REJECTIONS),
                changes);
        return person.data("frame", frames.now())
                .data("person", view)
                .data("page", p)
                .data("more", (p + 1L) * PagesResource.PAGE < changes.total())
                .render();
    }

    private List<PersonPage.PersonGroup> groups(String email) {
        List<GroupStates.Membership> memberships = states.membershipsOf(email);
        if (memberships.isEmpty()) {
            return List.of();
        }
        MappingRules.Rules rules = mapping.read(states.snapshots());
        boolean keepOnLeave = mapping.keepOnLeave();
        Set<String> everywhere = mapping.protectedEverywhere();
        return memberships.stream()
                .map(m -> rules.find(m.groupId())
                        .map(rule -> {
                            Belonging why = Belonging.of(rule.group(), m.member(), keepOnLeave, everywhere);
                            return new PersonPage.PersonGroup(
                                    m.groupId(), m.groupName(), why.reason(), why.byRule(), true);
                        })
                        .orElseGet(() -> new PersonPage.PersonGroup(
                                m.groupId(),
                                m.groupName(),
                                "the mapping file no longer maps this group",
                                false,
                                false)))
                .toList();
    }

    static String name(HrRecord hr) {
        String name = ((hr.firstName() == null ? "" : hr.firstName()) + " "
                        + (hr.lastName() == null ? "" : hr.lastName()))
                .trim();
        return name.isEmpty() ? null : name;
    }

    static String link(String key) {
        return "/people/" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
