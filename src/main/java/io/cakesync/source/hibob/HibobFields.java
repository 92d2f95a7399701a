package io.cakesync.source.hibob;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cakesync.source.Attributes;
import io.cakesync.source.SourceConfig;
import io.cakesync.source.SourceException;

/** Which HiBob fields give the record and each attribute (sync.source.hibob.fields.*). */
final class HibobFields {
    static final HibobField ID = new HibobField("employee id", "root.id", false);
    static final HibobField EMAIL = new HibobField("email", "root.email", false);
    static final HibobField FIRST_NAME = new HibobField("first name", "root.firstName", false);
    static final HibobField LAST_NAME = new HibobField("last name", "root.surname", false);
    static final HibobField STATUS = new HibobField("status", "internal.lifecycleStatus", true);
    /** HiBob's documented ceiling on fields per search. */
    static final int MAX_FIELDS = 400;

    private final HibobField department;
    private final Map<String, HibobField> attributes = new LinkedHashMap<>();

    HibobFields(SourceConfig.HibobFields config) {
        department = new HibobField("department", config.department(), true);
        put(Attributes.OFFICE, Optional.of(config.office()), true);
        put(Attributes.COST_CENTRE, config.costCentre(), true);
        put(Attributes.EMPLOYMENT_TYPE, Optional.of(config.employmentType()), true);
        put(Attributes.JOB_TITLE, Optional.of(config.jobTitle()), true);
        put(Attributes.LEGAL_ENTITY, config.legalEntity(), true);
        put(Attributes.MANAGER_EMAIL, Optional.of(config.managerEmail()), false);
        put(Attributes.START_DATE, Optional.of(config.startDate()), false);
        put(Attributes.END_DATE, Optional.of(config.endDate()), false);
    }

    private void put(String attribute, Optional<String> id, boolean byName) {
        id.map(String::strip)
                .filter(s -> !s.isEmpty())
                .ifPresent(field -> attributes.put(attribute, new HibobField(attribute, field, byName)));
    }

    boolean provides(String attribute) {
        return attributes.containsKey(Attributes.name(attribute));
    }

    HibobField department() {
        return department;
    }

    Map<String, HibobField> attributes() {
        return attributes;
    }

    /** Fields without which no record can be judged. */
    List<HibobField> core() {
        return List.of(ID, EMAIL, FIRST_NAME, LAST_NAME, STATUS, department);
    }

    /** The fields a read needs to find on every record: the core ones and those of the rules' attributes. */
    List<HibobField> strict(Set<String> ruleAttributes) {
        List<HibobField> strict = new ArrayList<>(core());
        for (String attribute :
                ruleAttributes.stream().map(Attributes::name).sorted().toList()) {
            HibobField field = attributes.get(attribute);
            if (field == null) {
                throw new SourceException("a rule in the mapping file uses attribute '" + attribute + "', which"
                        + " HiBob is not set up to give: set sync.source.hibob.fields." + attribute.replace('_', '-')
                        + " to the id of the HiBob field that holds it, or change the rule");
            }
            strict.add(field);
        }
        return strict;
    }

    /** Every field id the search asks for, each once. */
    List<String> requested() {
        List<String> ids = new ArrayList<>();
        core().forEach(f -> add(ids, f.id()));
        attributes.values().forEach(f -> add(ids, f.id()));
        if (ids.size() > MAX_FIELDS) {
            throw new SourceException("HiBob answers at most " + MAX_FIELDS + " fields per search; " + ids.size()
                    + " are configured in sync.source.hibob.fields.*");
        }
        return ids;
    }

    private static void add(List<String> ids, String id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }
}
