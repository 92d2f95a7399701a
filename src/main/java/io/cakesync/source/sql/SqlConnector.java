package io.cakesync.source.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.cakesync.source.HrConnector;
import io.cakesync.source.PersonRef;
import io.cakesync.source.Probe;
import io.cakesync.source.SourceConfig;
import io.cakesync.source.SourceException;
import io.cakesync.source.StatusMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads the HR source with one query on a database of the admin's (an HR or payroll database), on a
 * connection of its own from {@code sync.source.sql.*}: never the application's datasource, whose
 * credentials may write the audit. A record's locator is its row number in the result.
 */
@ApplicationScoped
class SqlConnector implements HrConnector {
    private final SourceConfig.Sql config;
    private final Database database;

    @Inject
    SqlConnector(SourceConfig config) {
        this(config.sql(), Database.of(config.sql()));
    }

    SqlConnector(SourceConfig.Sql config, Database database) {
        this.config = config;
        this.database = database;
    }

    @Override
    public String kind() {
        return "sql";
    }

    /** Every column beyond the core ones is an attribute under its name, so any attribute can be selected. */
    @Override
    public boolean provides(String attribute) {
        return true;
    }

    @Override
    public StatusMap statuses() {
        return SqlStatuses.of(config.statuses());
    }

    @Override
    public Fetched fetch(Set<String> attributes) {
        String query = query();
        statuses();
        return new Fetched(database.origin(), database.query(query, 0, rows -> SqlRows.read(rows, attributes)));
    }

    /** The query filtered to the named people (and rows sharing their ids or emails), not the whole table. */
    @Override
    public Fetched fetchPeople(Collection<PersonRef> people, Set<String> attributes) {
        statuses();
        PeopleQuery narrowed = PeopleQuery.of(query(), people);
        return new Fetched(
                database.origin(),
                database.query(narrowed.sql(), narrowed.parameters(), rows -> SqlRows.some(rows, attributes)));
    }

    /** Runs the query for its first row only: the login, the query itself and its columns, without the crawl. */
    @Override
    public List<Probe> probe(Set<String> attributes) {
        List<Probe> probes = new ArrayList<>();
        try {
            statuses();
        } catch (SourceException e) {
            probes.add(Probe.fail("status vocabulary", e.getMessage()));
        }
        try {
            String columns = database.query(
                    query(),
                    1,
                    rows -> SqlColumns.of(rows.getMetaData(), attributes).describe());
            probes.add(Probe.pass("SQL query", "ran on " + database.url() + "; returns " + columns));
        } catch (SourceException e) {
            probes.add(Probe.fail("SQL query", e.getMessage()));
        }
        return probes;
    }

    private String query() {
        Optional<String> query = config.query().map(String::strip).filter(q -> !q.isEmpty());
        return query.orElseThrow(() -> new SourceException(
                "sync.source.sql.query (SYNC_SOURCE_SQL_QUERY) is not set: the query that returns the employees"));
    }
}
