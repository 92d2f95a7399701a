package io.cakesync.sandbox;

import java.util.Map;

/**
 * A sandbox BambooHR company over real HTTP: the employee list at {@code /api/v1/employees}, the API key
 * as the HTTP basic user name (any password), and BambooHR's answer above its rate limit: 503 with
 * Retry-After until 2026-09-16, 429 with Retry-After from then on; {@code throttleStatus} picks one.
 */
public final class BamboohrSandbox extends BasicAuthSandbox {
    private final BamboohrTenant tenant;

    private BamboohrSandbox(BamboohrTenant tenant, BasicAuthOptions options, int throttleStatus) {
        super(
                "bamboohr",
                options,
                (perMinute, seconds) ->
                        error(throttleStatus, "Too Many Requests", Map.of("Retry-After", Long.toString(seconds))));
        this.tenant = tenant;
    }

    public static BamboohrSandbox start(BamboohrTenant tenant, BasicAuthOptions options, int throttleStatus) {
        if (throttleStatus != 429 && throttleStatus != 503) {
            throw new IllegalArgumentException("BambooHR throttles with 429 or 503, not " + throttleStatus);
        }
        BamboohrSandbox sandbox = new BamboohrSandbox(tenant, options, throttleStatus);
        sandbox.serve(new BamboohrRoutes(tenant, sandbox::url));
        return sandbox;
    }

    public BamboohrTenant tenant() {
        return tenant;
    }
}
