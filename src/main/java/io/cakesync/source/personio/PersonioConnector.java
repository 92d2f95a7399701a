package io.cakesync.source.personio;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.cakesync.http.CallPolicy;
import io.cakesync.http.Timing;
import io.cakesync.source.Attributes;
import io.cakesync.source.HrConnector;
import io.cakesync.source.PersonRef;
import io.cakesync.source.Probe;
import io.cakesync.source.SourceConfig;
import io.cakesync.source.SourceException;
import io.cakesync.source.SourcePolicy;
import io.cakesync.source.StatusMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads Personio through the v1 personnel data API: {@code GET /v1/company/employees} carries the
 * department and every attribute inline, 100 people a call. The v2 persons list carries only
 * employment ids, so a v2 read would cost a call per person (10,000 people at 300 calls a minute is
 * over half an hour) where v1 needs 100 calls.
 */
@ApplicationScoped
class PersonioConnector implements HrConnector {
    private static final Logger LOG = Logger.getLogger(PersonioConnector.class);

    /** Personio's limits are per minute; a far longer Retry-After is more likely a bug than a plan. */
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

    static final int MAX_PAGE_SIZE = 100;

    private final PersonioApi api;
    private final SourceConfig.Personio config;
    private final Timing timing;
    private CallPolicy authPolicy;
    private CallPolicy employeesPolicy;

    @Inject
    PersonioConnector(@RestClient PersonioApi api, SourceConfig config) {
        this(api, config.personio(), Timing.REAL);
    }

    PersonioConnector(PersonioApi api, SourceConfig.Personio config, Timing timing) {
        this.api = api;
        this.config = config;
        this.timing = timing;
    }

    @Override
    public String kind() {
        return "personio";
    }

    @Override
    public boolean provides(String attribute) {
        return PersonioFields.ATTRIBUTE_KEYS.containsKey(Attributes.name(attribute));
    }

    @Override
    public StatusMap statuses() {
        return PersonioStatuses.MAP;
    }

    @Override
    public Fetched fetch(Set<String> attributes) {
        requireProvided(attributes);
        PersonioCalls calls = calls();
        calls.authenticate();
        List<JsonNode> employees = new PersonioRead(calls, pageSize(), concurrency()).employees();
        if (employees.isEmpty()) {
            throw new SourceException(
                    "Personio returned no employees at all; an empty source is never read as" + " 'nobody works here'");
        }
        return new Fetched("Personio " + config.url(), PersonioRecords.of(employees, attributes));
    }

    /**
     * Each named person costs a call (and a supervisor not among them another, for manager_email) where
     * everyone costs a call per page, so beyond {@code targeted-read-max-people} everyone is read instead.
     */
    @Override
    public Fetched fetchPeople(Collection<PersonRef> people, Set<String> attributes) {
        requireProvided(attributes);
        int named =
                PersonRef.employeeIds(people).size() + PersonRef.emails(people).size();
        int max = targetedReadMaxPeople();
        if (named > max) {
            LOG.infof(
                    "The event names %d people, more than sync.source.personio.targeted-read-max-people (%d):"
                            + " reading every Personio employee instead",
                    named, max);
            return HrConnector.super.fetchPeople(people, attributes);
        }
        return new Fetched("Personio " + config.url(), new PersonioPeople(calls()).records(people, attributes));
    }

    @Override
    public List<Probe> probe(Set<String> attributes) {
        try {
            return new PersonioProbe(calls(), config.url()).run(attributes);
        } catch (SourceException e) {
            return List.of(Probe.fail("Personio settings", e.getMessage()));
        }
    }

    private void requireProvided(Set<String> attributes) {
        List<String> unknown =
                attributes.stream().filter(a -> !provides(a)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new SourceException("cakesync reads no Personio attribute " + String.join(", ", unknown)
                    + ", which the mapping file's rules use; Personio gives "
                    + String.join(", ", PersonioFields.ATTRIBUTE_KEYS.keySet()));
        }
    }

    private PersonioCalls calls() {
        PersonioCredentials credentials = PersonioCredentials.from(config);
        pageSize();
        return new PersonioCalls(api, credentials, policies()[0], policies()[1]);
    }

    private int pageSize() {
        if (config.pageSize() < 1 || config.pageSize() > MAX_PAGE_SIZE) {
            throw new SourceException("sync.source.personio.page-size must be between 1 and " + MAX_PAGE_SIZE + ", got "
                    + config.pageSize());
        }
        return config.pageSize();
    }

    private int targetedReadMaxPeople() {
        if (config.targetedReadMaxPeople() < 0) {
            throw new SourceException("sync.source.personio.targeted-read-max-people must be at least 0, got "
                    + config.targetedReadMaxPeople());
        }
        return config.targetedReadMaxPeople();
    }

    private int concurrency() {
        if (config.concurrency() < 1) {
            throw new SourceException(
                    "sync.source.personio.concurrency must be at least 1, got " + config.concurrency());
        }
        return config.concurrency();
    }

    // Built on first use, so a bad limit fails a read with its setting named rather than the application start.
    private synchronized CallPolicy[] policies() {
        if (employeesPolicy == null) {
            authPolicy = SourcePolicy.of(
                    kind(),
                    "auth-rate-limit-per-minute",
                    config.authRateLimitPerMinute(),
                    config.retry(),
                    MAX_RETRY_AFTER,
                    timing);
            employeesPolicy = SourcePolicy.of(
                    kind(),
                    "rate-limit-per-minute",
                    config.rateLimitPerMinute(),
                    config.retry(),
                    MAX_RETRY_AFTER,
                    timing);
        }
        return new CallPolicy[] {authPolicy, employeesPolicy};
    }
}
