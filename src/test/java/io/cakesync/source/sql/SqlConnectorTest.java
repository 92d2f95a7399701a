package io.cakesync.source.sql;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cakesync.source.Attributes;
import io.cakesync.source.Employee;
import io.cakesync.source.EmployeeStatus;
import io.cakesync.source.HrConnector;
import io.cakesync.source.HrRead;
import io.cakesync.source.PersonRef;
import io.cakesync.source.Probe;
import io.cakesync.source.RejectedRecord;
import io.cakesync.source.SourceException;
import io.cakesync.source.SourceRecord;
import io.cakesync.testing.HrDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SqlConnectorTest {
    private HrDatabase database;
    private final List<String> asked = new ArrayList<>();
    private SqlSources sources;

    @BeforeEach
    void hrTable() {
        database = HrDatabase.create();
        database.execute(SqlSources.EMPLOYEES, """
                INSERT INTO employees VALUES
                  ('E1', 'ada@acme.example', 'Ada', 'Lovelace', 'active', 'Engineering', 'Berlin', DATE '2021-03-01'),
                  ('E2', 'ben@acme.example', 'Ben', 'Okafor', 'employed', 'Sales', 'Hamburg', NULL),
                  ('E3', 'cleo@acme.example', 'Cleo', 'Schmidt', 'onboarding', 'Engineering', NULL, DATE '2027-01-04')""");
        sources = new SqlSources(database) {
            @Override
            Connection wrap(Connection connection) {
                return recording(connection, Connection.class);
            }
        };
    }

    @Test
    void readsRowsWithAttributeColumnsAndIsoDates() {
        HrRead read = sources.connector(Map.of(
                        "sync.source.sql.statuses.active",
                        "active,employed",
                        "sync.source.sql.statuses.pre-hire",
                        "onboarding"))
                .read(Set.of(Attributes.OFFICE));

        assertThat(read.rejected()).isEmpty();
        assertThat(read.origin()).isEqualTo("SQL query on " + database.url());
        assertThat(read.employees())
                .extracting(
                        Employee::employeeId,
                        Employee::status,
                        Employee::locator,
                        e -> e.attribute(Attributes.OFFICE),
                        e -> e.attribute(Attributes.START_DATE))
                .containsExactly(
                        tuple("E1", EmployeeStatus.ACTIVE, "SQL row 1 (employee_id E1)", "Berlin", "2021-03-01"),
                        tuple("E2", EmployeeStatus.ACTIVE, "SQL row 2 (employee_id E2)", "Hamburg", null),
                        tuple("E3", EmployeeStatus.PRE_HIRE, "SQL row 3 (employee_id E3)", null, "2027-01-04"));
    }

    @Test
    void rejectsAStatusOutsideTheConfiguredVocabulary() {
        HrRead read = sources.connector().read(Set.of());

        assertThat(read.employees()).extracting(Employee::employeeId).containsExactly("E1");
        assertThat(read.rejected())
                .extracting(RejectedRecord::locator, RejectedRecord::reason)
                .containsExactly(
                        tuple(
                                "SQL row 2 (employee_id E2)",
                                "unknown status 'employed' (expected active, leave, inactive, terminated, pre-hire)"),
                        tuple(
                                "SQL row 3 (employee_id E3)",
                                "unknown status 'onboarding' (expected active, leave, inactive, terminated, pre-hire)"));
    }

    @Test
    void refusesAValueListedUnderTwoStatuses() {
        SqlConnector connector = sources.connector(Map.of("sync.source.sql.statuses.leave", "leave,active"));

        assertThatThrownBy(() -> connector.read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessage("sync.source.sql.statuses: 'active' is listed under both active and leave;"
                        + " a status value can mean only one status");
        assertThat(sources.opens).hasValue(0);
    }

    @Test
    void readsInAReadOnlyStreamingTransactionBoundedByTheTimeout() {
        sources.connector(Map.of("sync.source.sql.fetch-size", "2", "sync.source.sql.statement-timeout", "90s"))
                .read(Set.of());

        assertThat(asked)
                .containsSubsequence(
                        "Connection.setAutoCommit(false)",
                        "Connection.setReadOnly(true)",
                        "Statement.setFetchSize(2)",
                        "Statement.setQueryTimeout(90)",
                        "Statement.executeQuery(" + SqlSources.QUERY + ")",
                        "Connection.rollback()",
                        "Connection.close()");
        assertThat(asked).doesNotContain("Connection.commit()");
    }

    @Test
    void aQueryThatWritesFailsAndChangesNothing() {
        SqlConnector connector = sources.connector(Map.of(
                "sync.source.sql.user",
                "postgres",
                "sync.source.sql.query",
                "WITH gone AS (DELETE FROM employees RETURNING *) SELECT * FROM gone"));

        assertThatThrownBy(() -> connector.read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("tried to write")
                .hasMessageContaining("read-only transaction");
        assertThat(sources.connector().read(Set.of()).recordsRead()).isEqualTo(3);
    }

    @Test
    void cancelsAQueryThatRunsPastTheStatementTimeout() {
        SqlConnector connector = sources.connector(Map.of(
                "sync.source.sql.statement-timeout",
                "1s",
                "sync.source.sql.query",
                "SELECT e.* FROM employees e, pg_sleep(30)"));

        assertThatThrownBy(() -> connector.read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("ran longer than sync.source.sql.statement-timeout (PT1S)");
    }

    @Test
    void namesARequiredColumnTheQueryDoesNotReturn() {
        SqlConnector connector =
                sources.connector(Map.of("sync.source.sql.query", "SELECT employee_id, email, status FROM employees"));

        assertThatThrownBy(() -> connector.read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("the query (sync.source.sql.query) returns no column 'department';")
                .hasMessageEndingWith("(it returns employee_id, email, status)");
    }

    @Test
    void namesAColumnTheRulesUseThatTheQueryDoesNotReturn() {
        assertThatThrownBy(() -> sources.connector().read(Set.of(Attributes.COST_CENTRE)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("returns no column 'cost_centre', which the mapping file's rules use");
    }

    @Test
    void failsAnEmptyResultInsteadOfReadingNobody() {
        SqlConnector connector = sources.connector(
                Map.of("sync.source.sql.query", SqlSources.QUERY.replace("ORDER BY", "WHERE false ORDER BY")));

        assertThatThrownBy(() -> connector.read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessage("the query (sync.source.sql.query) returned no rows");
    }

    @Test
    void aRejectedLoginNamesTheSettingsAndNeverThePassword() {
        SqlConnector connector =
                sources.connector(Map.of("sync.source.sql.user", "nobody", "sync.source.sql.password", "s3cret-Pa55"));

        assertThatThrownBy(() -> connector.read(Set.of()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("rejected user 'nobody'")
                .hasMessageContaining("sync.source.sql.user / sync.source.sql.password")
                .message()
                .doesNotContain("s3cret-Pa55");
        assertThat(sources.opens).hasValue(1);
    }

    @Test
    void neverShowsTheUrlParametersWhichMayCarryAPassword() {
        assertThat(JdbcUrls.safe("jdbc:postgresql://hr-db:5432/hr?user=x&password=s3cret"))
                .isEqualTo("jdbc:postgresql://hr-db:5432/hr");
        assertThat(JdbcUrls.safe("jdbc:sqlserver://hr-db;user=x;password=s3cret"))
                .isEqualTo("jdbc:sqlserver://hr-db");
        assertThat(JdbcUrls.safe("jdbc:mysql://x:s3cret@hr-db/hr")).isEqualTo("jdbc:mysql://hr-db/hr");
    }

    @Test
    void readsOnlyTheNamedPeopleAndRowsSharingTheirIdsOrEmails() {
        database.execute("INSERT INTO employees VALUES ('E4', ' Ada@ACME.example', 'Ada', 'Again', 'active',"
                + " 'Engineering', NULL, NULL)");

        HrConnector.Fetched fetched = sources.connector()
                .fetchPeople(List.of(PersonRef.byEmployeeId("E2"), PersonRef.byEmail("ada@acme.example")), Set.of());

        assertThat(fetched.records()).extracting(SourceRecord::employeeId).containsExactlyInAnyOrder("E1", "E2", "E4");
        assertThat(asked)
                .anySatisfy(call -> assertThat(call)
                        .startsWith("Connection.prepareStatement(WITH hr AS (" + SqlSources.QUERY + ")"));
        assertThat(asked)
                .contains(
                        "PreparedStatement.setString(1, E2)",
                        "PreparedStatement.setString(2, ada@acme.example)",
                        "Connection.setReadOnly(true)");
    }

    @Test
    void bindsTheNamedIdsAsValuesNeverAsSql() {
        HrConnector.Fetched fetched =
                sources.connector().fetchPeople(List.of(PersonRef.byEmployeeId("E1' OR '1' = '1")), Set.of());

        assertThat(fetched.records()).isEmpty();
    }

    @Test
    void probesWithOneRowAndListsTheColumns() {
        List<Probe> probes = sources.connector().probe(Set.of(Attributes.OFFICE));

        assertThat(probes)
                .extracting(Probe::item, Probe::verdict, Probe::detail)
                .containsExactly(tuple(
                        "SQL query",
                        Probe.Verdict.PASS,
                        "ran on " + database.url() + "; returns employee_id, email, first_name, last_name,"
                                + " status, department, office, start_date"));
        assertThat(asked).contains("Statement.setMaxRows(1)");
    }

    @Test
    void probeFailsOnAColumnTheRulesNeedAndOnAConflictingVocabulary() {
        List<Probe> probes = sources.connector(Map.of("sync.source.sql.statuses.inactive", "active"))
                .probe(Set.of(Attributes.JOB_TITLE));

        assertThat(probes)
                .extracting(Probe::item, Probe::verdict)
                .containsExactly(
                        tuple("status vocabulary", Probe.Verdict.FAIL), tuple("SQL query", Probe.Verdict.FAIL));
        assertThat(probes.get(1).detail()).contains("no column 'job_title'");
    }

    /** Records every call on the connection and the statements it creates, then does it. */
    private <T> T recording(T target, Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            String name = type.getSimpleName() + "." + method.getName() + "("
                    + (args == null
                            ? ""
                            : String.join(
                                    ", ",
                                    Arrays.stream(args).map(String::valueOf).toList())) + ")";
            if (!method.getName().startsWith("get") && !method.getName().startsWith("is")) {
                asked.add(name);
            }
            try {
                Object result = method.invoke(target, args);
                if (result instanceof PreparedStatement ps && type == Connection.class) {
                    return recording(ps, PreparedStatement.class);
                }
                return result instanceof Statement s && type == Connection.class
                        ? recording(s, Statement.class)
                        : result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
