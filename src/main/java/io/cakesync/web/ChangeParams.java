package io.cakesync.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.cakesync.audit.ChangeFilter;

import jakarta.ws.rs.QueryParam;

/** The audit search filters, the same for the page, the API and the export. */
public class ChangeParams {
    @QueryParam("person")
    String person;

    @QueryParam("group")
    String group;

    @QueryParam("outcome")
    String outcome;

    @QueryParam("run")
    String run;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    ChangeFilter filter() {
        return Query.changes(person, group, outcome, run, from, to);
    }

    /** The filters as a query string, for paging links and the export link. */
    public String query() {
        StringBuilder q = new StringBuilder();
        append(q, "person", person);
        append(q, "group", group);
        append(q, "outcome", outcome);
        append(q, "run", run);
        append(q, "from", from);
        append(q, "to", to);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (Query.blankToNull(value) != null) {
            q.append(q.isEmpty() ? "" : "&")
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
        }
    }

    public String getPerson() {
        return person;
    }

    public String getGroup() {
        return group;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getRun() {
        return run;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }
}
