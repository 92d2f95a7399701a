package io.cakesync.source.bamboohr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.cakesync.http.Timing;
import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.HrConnector;
import io.cakesync.source.PersonRef;
import io.cakesync.source.Probe;
import io.cakesync.source.SourceConfig;
import io.cakesync.source.SourceException;
import io.cakesync.source.StatusMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads BambooHR's employee list, every page, with no filter and no sort: an unfiltered list includes
 * inactive employees, and a filter or sort on a field the key may not read would silently drop people.
 * An event's named employees are read from the same list filtered by employee id alone, the one field
 * every key reads. Never the directory endpoint, which leaves out inactive employees and whoever the
 * company hides there.
 */
@ApplicationScoped
class BamboohrConnector implements HrConnector {
    static final int MAX_PAGE_SIZE = 2500;

    private final SourceConfig.Bamboohr settings;
    private final BamboohrFields fields;
    private final BamboohrRecords records;
    private final BamboohrCalls calls;
    private final BamboohrPages pages;
    private final Timing timing;
    /** Employees the last full read found, to tell what reading everyone costs; -1 before the first. */
    private volatile long companySize = -1;

    @Inject
    BamboohrConnector(SourceConfig config) {
        this(config.bamboohr(), Timing.REAL);
    }

    BamboohrConnector(SourceConfig.Bamboohr settings, Timing timing) {
        this.settings = settings;
        List<String> leave = settings.leaveEmploymentStatuses().orElse(List.of());
        this.fields = new BamboohrFields(settings.fields(), !leave.isEmpty());
        this.records = new BamboohrRecords(fields, leave);
        this.calls = new BamboohrCalls(settings, timing);
        this.pages = new BamboohrPages(calls);
        this.timing = timing;
    }

    @Override
    public String kind() {
        return "bamboohr";
    }

    @Override
    public boolean provides(String attribute) {
        return fields.provides(attribute);
    }

    /** BambooHR's two statuses, plus the pre-hire and the leave cakesync tells from the hire date and employment status. */
    @Override
    public StatusMap statuses() {
        Map<String, EmployeeStatus> statuses = new LinkedHashMap<>();
        statuses.put("Active", EmployeeStatus.ACTIVE);
        statuses.put("Inactive", EmployeeStatus.INACTIVE);
        statuses.put(BamboohrRecords.PRE_HIRE, EmployeeStatus.PRE_HIRE);
        statuses.put(BamboohrRecords.LEAVE, EmployeeStatus.LEAVE);
        return new StatusMap(statuses);
    }

    @Override
    public Fetched fetch(Set<String> attributes) {
        List<BamboohrField> strict = fields.strict(attributes);
        List<JsonNode> employees = pages.all(fields.parameter(), pageSize());
        if (employees.isEmpty()) {
            throw new SourceException("BambooHR listed no employees at " + calls.base() + ": the API key's user may"
                    + " see nobody (BambooHR: Settings > Access Levels)");
        }
        records.requireReadable(employees, strict);
        companySize = employees.size();
        return new Fetched(origin(), records.records(employees, LocalDate.now(timing.clock())));
    }

    /**
     * The named employees by {@code filter[ids]}, checked like a full read; when the rules use
     * manager_email, their managers not named are read next, as the manager's email is the work email
     * of the employee {@code reportsToId} names. BambooHR filters by no email, so anyone named by email
     * means reading everyone; so does a read of the named that would take more calls than reading
     * everyone took last time. Only the named are returned. Unlike a full read, this one cannot see
     * another employee sharing a named one's work email (the list filters by no email): the next full
     * read rejects both, as it always does.
     */
    @Override
    public Fetched fetchPeople(Collection<PersonRef> people, Set<String> attributes) {
        List<BamboohrField> strict = fields.strict(attributes);
        boolean managers = strict.contains(BamboohrFields.REPORTS_TO);
        int size = pageSize();
        Set<String> named = PersonRef.employeeIds(people);
        List<String> ids = BamboohrIds.of(named);
        if (!PersonRef.emails(people).isEmpty() || everyoneIsCheaper(ids.size(), managers, size)) {
            return HrConnector.super.fetchPeople(people, attributes);
        }
        // Kept by id whatever BambooHR answers: a list that ignored the filter must not name everyone.
        List<JsonNode> read = BamboohrIds.only(named, pages.named(fields.parameter(), ids, size));
        records.requireReadable(read, strict);
        if (managers) {
            Set<String> theirs = BamboohrIds.managersNotRead(read);
            List<JsonNode> bosses =
                    BamboohrIds.only(theirs, pages.named(fields.parameter(), BamboohrIds.of(theirs), size));
            records.requireReadable(bosses, strict);
            read = new ArrayList<>(read);
            read.addAll(bosses);
        }
        return new Fetched(
                origin(),
                records.records(read, LocalDate.now(timing.clock())).stream()
                        .filter(r -> named.contains(r.employeeId()))
                        .toList());
    }

    /**
     * Whether the full read costs fewer calls: it took one per page last time; the named read takes its
     * batches' pages, and as many again at most for the managers. Unknown before the first full read.
     */
    private boolean everyoneIsCheaper(int ids, boolean managers, int pageSize) {
        long company = companySize;
        if (company < 0) {
            return false;
        }
        long everyone = Math.max(1, (company + pageSize - 1) / pageSize);
        return BamboohrPages.calls(ids, pageSize) * (managers ? 2 : 1) > everyone;
    }

    @Override
    public List<Probe> probe(Set<String> attributes) {
        return new BamboohrProbe(this, fields, records).probe(attributes);
    }

    /** The first page of a few employees, for a probe. */
    BamboohrPage firstPage(int size) {
        return pages.first(fields.parameter(), size);
    }

    String origin() {
        return "BambooHR " + calls.base();
    }

    private int pageSize() {
        int size = settings.pageSize();
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new SourceException(
                    "sync.source.bamboohr.page-size must be between 1 and " + MAX_PAGE_SIZE + ", got " + size);
        }
        return size;
    }
}
