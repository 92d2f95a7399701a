package io.cakesync.source.sql;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;

import io.cakesync.source.Attributes;
import io.cakesync.source.HrConnector;
import io.cakesync.source.HrConnectorContract;
import io.cakesync.testing.HrDatabase;

class SqlContractTest extends HrConnectorContract {
    private HrDatabase database;
    private SqlSources sources;
    private Map<String, String> settings = Map.of();

    @BeforeEach
    void database() {
        database = HrDatabase.create();
        sources = new SqlSources(database);
    }

    @Override
    protected HrConnector connector() {
        return sources.connector(settings);
    }

    @Override
    protected void serve(List<Person> people) {
        database.execute(SqlSources.EMPLOYEES, insert(people));
    }

    @Override
    protected boolean serveTruncated(List<Person> people) {
        return false;
    }

    @Override
    protected boolean serveTotalMismatch(List<Person> people) {
        return false;
    }

    @Override
    protected void serveHidden(List<Person> people, String attribute) {
        serve(people);
        settings = Map.of("sync.source.sql.query", SqlSources.QUERY.replace(" " + attribute + ",", ""));
    }

    @Override
    protected boolean serveUnauthorized() {
        serve(COMPANY);
        settings = Map.of("sync.source.sql.user", "nobody");
        return true;
    }

    /** The named people are a filter on the query itself: {@code SqlConnectorTest} reads only them. */
    @Override
    protected boolean serveOnlyTheNamed(List<Person> named) {
        return false;
    }

    @Override
    protected int requests() {
        return sources.opens.get();
    }

    private static String insert(List<Person> people) {
        return "INSERT INTO employees (employee_id, email, first_name, last_name, status, department, office) VALUES "
                + people.stream()
                        .map(p -> "("
                                + String.join(
                                        ", ",
                                        List.of(
                                                        p.id(),
                                                        p.email(),
                                                        p.firstName(),
                                                        p.lastName(),
                                                        p.status().label(),
                                                        p.department(),
                                                        p.attributes().get(Attributes.OFFICE))
                                                .stream()
                                                .map(v -> "'" + v + "'")
                                                .toList())
                                + ")")
                        .collect(Collectors.joining(", "));
    }
}
