package io.cakesync.source.bamboohr;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.cakesync.http.Timing;
import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.HrConnector;
import io.cakesync.source.Probe;
import io.cakesync.source.SourceConfig;
import io.cakesync.source.SourceException;
import io.cakesync.source.StatusMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads BambooHR's employee list, every page, with no filter and no sort: an unfiltered list includes
 * inactive employees, and a filter or sort on a field the key may not read would silently drop people.
 * Never the directory endpoint, which leaves out inactive employees and whoever the company hides there.
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
        return new Fetched(origin(), records.records(employees, LocalDate.now(timing.clock())));
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
