package io.cakesync.source.bamboohr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cakesync.source.Attributes;
import io.cakesync.source.SourceConfig;
import io.cakesync.source.SourceException;

/** Which employee-list fields give the record and each attribute (sync.source.bamboohr.fields.*). */
final class BamboohrFields {
    static final BamboohrField ID = new BamboohrField("employee id", "employeeId");
    static final BamboohrField FIRST_NAME = new BamboohrField("first name", "firstName");
    static final BamboohrField LAST_NAME = new BamboohrField("last name", "lastName");
    static final BamboohrField STATUS = new BamboohrField("status", "status");
    static final BamboohrField EMAIL = new BamboohrField("email", "workEmail");
    /** The manager's email is the work email of the employee this field names. */
    static final BamboohrField REPORTS_TO = new BamboohrField(Attributes.MANAGER_EMAIL, "reportsToId");
    /** Every record carries these without being asked (BambooHR's list-employees default set). */
    private static final Set<String> DEFAULTS =
            Set.of("employeeId", "firstName", "lastName", "preferredName", "photoUrl", "jobTitleName", "status");

    static final BamboohrField EMPLOYMENT_STATUS =
            new BamboohrField("employment status, to tell leave", "employmentStatusName");

    private final BamboohrField department;
    private final BamboohrField hireDate;
    private final boolean leaveByEmploymentStatus;
    private final Map<String, BamboohrField> attributes = new LinkedHashMap<>();

    BamboohrFields(SourceConfig.BamboohrFields config, boolean leaveByEmploymentStatus) {
        department = new BamboohrField("department", config.department().strip());
        hireDate = new BamboohrField(
                "hire date, to tell a pre-hire", config.startDate().strip());
        this.leaveByEmploymentStatus = leaveByEmploymentStatus;
        put(Attributes.OFFICE, Optional.of(config.office()));
        put(Attributes.COST_CENTRE, config.costCentre());
        put(Attributes.EMPLOYMENT_TYPE, Optional.of(config.employmentType()));
        put(Attributes.JOB_TITLE, Optional.of(config.jobTitle()));
        put(Attributes.LEGAL_ENTITY, config.legalEntity());
        attributes.put(Attributes.MANAGER_EMAIL, REPORTS_TO);
        put(Attributes.START_DATE, Optional.of(config.startDate()));
        put(Attributes.END_DATE, Optional.of(config.endDate()));
    }

    private void put(String attribute, Optional<String> name) {
        name.map(String::strip)
                .filter(s -> !s.isEmpty())
                .ifPresent(field -> attributes.put(attribute, new BamboohrField(attribute, field)));
    }

    boolean provides(String attribute) {
        return attributes.containsKey(Attributes.name(attribute));
    }

    BamboohrField department() {
        return department;
    }

    BamboohrField hireDate() {
        return hireDate;
    }

    Map<String, BamboohrField> attributes() {
        return attributes;
    }

    /**
     * Fields without which no record can be judged; the hire date tells a signed hire from a working one,
     * the employment status (when leave is told by it) someone on leave from someone at work.
     */
    List<BamboohrField> core() {
        List<BamboohrField> core =
                new ArrayList<>(List.of(ID, FIRST_NAME, LAST_NAME, STATUS, EMAIL, department, hireDate));
        if (leaveByEmploymentStatus) {
            core.add(EMPLOYMENT_STATUS);
        }
        return core;
    }

    /** The fields a read needs readable on every record: the core ones and those of the rules' attributes. */
    List<BamboohrField> strict(Set<String> ruleAttributes) {
        List<BamboohrField> strict = new ArrayList<>(core());
        for (String attribute :
                ruleAttributes.stream().map(Attributes::name).sorted().toList()) {
            BamboohrField field = attributes.get(attribute);
            if (field == null) {
                throw new SourceException("a rule in the mapping file uses attribute '" + attribute + "', which"
                        + " BambooHR is not set up to give: set sync.source.bamboohr.fields."
                        + attribute.replace('_', '-')
                        + " to the employee-list field that holds it, or change the rule");
            }
            strict.add(field);
        }
        return strict;
    }

    /** The fields parameter: every field beyond the default set, comma-separated as BambooHR documents. */
    String parameter() {
        List<String> names = new ArrayList<>();
        core().forEach(f -> add(names, f.name()));
        attributes.values().forEach(f -> add(names, f.name()));
        return String.join(",", names);
    }

    private static void add(List<String> names, String name) {
        if (!DEFAULTS.contains(name) && !names.contains(name)) {
            names.add(name);
        }
    }
}
