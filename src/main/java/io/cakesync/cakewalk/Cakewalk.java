package io.cakesync.cakewalk;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.cakesync.http.CallPolicy;
import io.cakesync.http.PhaseDeadline;
import io.cakesync.http.Sleeper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The only way into Cakewalk. Owns the whole call policy: authentication, the client-side rate limit,
 * retries, pagination, and settling writes whose outcome is unknown. Thread-safe.
 *
 * <p>Reads throw {@link CakewalkUnavailable} when Cakewalk cannot be read completely; writes return
 * one {@link WriteResult} per distinct user id, in the order given. Any call throws
 * {@link CakewalkAccessDenied} on 401/403 and {@link IllegalStateException} when the key, secret or
 * (for adds) the triggered-by user is not configured.
 */
@ApplicationScoped
public class Cakewalk {
    /** Cakewalk's limit is per minute; a longer Retry-After is more likely a bug than a plan. */
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

    private final CakewalkApi api;
    private final CakewalkConfig config;
    private final CallCounter counter = new CallCounter();
    private final Pages pages;
    private final Adds adds;
    private final Removes removes;

    @Inject
    Cakewalk(@RestClient CakewalkApi api, CakewalkConfig config, PhaseDeadline phase) {
        this(
                api,
                config,
                Sleeper.REAL,
                System::nanoTime,
                Clock.systemUTC(),
                () -> ThreadLocalRandom.current().nextDouble(),
                phase);
    }

    Cakewalk(
            CakewalkApi api,
            CakewalkConfig config,
            Sleeper sleeper,
            LongSupplier nanoTime,
            Clock clock,
            DoubleSupplier random) {
        this(api, config, sleeper, nanoTime, clock, random, new PhaseDeadline(nanoTime));
    }

    Cakewalk(
            CakewalkApi api,
            CakewalkConfig config,
            Sleeper sleeper,
            LongSupplier nanoTime,
            Clock clock,
            DoubleSupplier random,
            PhaseDeadline phase) {
        this.api = api;
        this.config = config;
        CallPolicy policy = new CallPolicy(
                new CallPolicy.Limits(
                        "cakewalk.rate-limit-per-minute",
                        config.rateLimitPerMinute(),
                        config.retry().maxAttempts(),
                        config.retry().initialBackoff(),
                        config.retry().maxBackoff(),
                        MAX_RETRY_AFTER,
                        "cakewalk.call-deadline",
                        config.callDeadline()),
                counter::retry,
                phase,
                sleeper,
                nanoTime,
                clock,
                random);
        Exchange exchange = new Exchange(config, policy, counter);
        this.pages = new Pages(new Reads(exchange, policy));
        this.adds = new Adds(api, exchange, policy, this::memberIds, config);
        this.removes = new Removes(api, exchange, policy, this::memberIds);
    }

    public List<CakewalkUser> users() {
        return pages.all(CallStats.GET_USERS, api::users, Items::user, CakewalkUser::id);
    }

    public List<CakewalkGroup> groups() {
        List<String> writable = config.writableGroupSources();
        return pages.all(CallStats.GET_GROUPS, api::groups, item -> Items.group(item, writable), CakewalkGroup::id);
    }

    public List<CakewalkUser> members(String groupId) {
        String group = requireId(groupId);
        return pages.all(CallStats.GET_MEMBERS, cursor -> api.members(group, cursor), Items::user, CakewalkUser::id);
    }

    public List<WriteResult> addMembers(String groupId, List<String> userIds) {
        return adds.add(requireId(groupId), requireIds(userIds));
    }

    public List<WriteResult> removeMembers(String groupId, List<String> userIds) {
        return removes.remove(requireId(groupId), requireIds(userIds));
    }

    public CallStats stats() {
        return counter.snapshot();
    }

    private Set<String> memberIds(String groupId) {
        Set<String> ids = new HashSet<>();
        members(groupId).forEach(user -> ids.add(user.id()));
        return ids;
    }

    private static String requireId(String groupId) {
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("group id is required");
        }
        return groupId;
    }

    private static List<String> requireIds(List<String> userIds) {
        if (userIds == null || userIds.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new IllegalArgumentException("user ids must not be null or blank: " + userIds);
        }
        return userIds;
    }
}
