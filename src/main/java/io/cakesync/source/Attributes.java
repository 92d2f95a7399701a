package io.cakesync.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The attribute names every connector maps its fields to, so a rule reads the same on any HR system.
 * Names are lower case; values are trimmed, and a blank value is no value.
 */
public final class Attributes {
    public static final String OFFICE = "office";
    public static final String COST_CENTRE = "cost_centre";
    public static final String EMPLOYMENT_TYPE = "employment_type";
    public static final String JOB_TITLE = "job_title";
    public static final String LEGAL_ENTITY = "legal_entity";
    public static final String MANAGER_EMAIL = "manager_email";
    public static final String START_DATE = "start_date";
    public static final String END_DATE = "end_date";

    /** The documented attributes, in the order pages show them. */
    public static final List<String> STANDARD =
            List.of(OFFICE, COST_CENTRE, EMPLOYMENT_TYPE, JOB_TITLE, LEGAL_ENTITY, MANAGER_EMAIL, START_DATE, END_DATE);

    private Attributes() {}

    public static String name(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    /** Keys as {@link #name}, values trimmed, blank values dropped. */
    static Map<String, String> clean(Map<String, String> raw) {
        Map<String, String> clean = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((key, value) -> {
                if (key != null && value != null && !value.isBlank()) {
                    clean.put(name(key), value.strip());
                }
            });
        }
        return clean;
    }
}
