package io.cakesync.sandbox;

import java.util.Map;

/**
 * A sandbox HiBob company over real HTTP: the people search at {@code /v1/people/search}, the service
 * user's id and token as HTTP basic, and HiBob's own answer above its rate limit: 429 with
 * {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (epoch seconds).
 */
public final class HibobSandbox extends BasicAuthSandbox {
    private final HibobTenant tenant;

    private HibobSandbox(HibobTenant tenant, BasicAuthOptions options) {
        super(
                "hibob",
                options,
                (perMinute, seconds) -> error(
                        429,
                        "Too Many Requests",
                        Map.of(
                                "X-RateLimit-Limit",
                                Integer.toString(perMinute),
                                "X-RateLimit-Remaining",
                                "0",
                                "X-RateLimit-Reset",
                                Long.toString(System.currentTimeMillis() / 1000 + seconds))));
        this.tenant = tenant;
    }

    /** HiBob allows the people search 50 calls a minute; {@code options} says how strict this one is. */
    public static HibobSandbox start(HibobTenant tenant, BasicAuthOptions options) {
        HibobSandbox sandbox = new HibobSandbox(tenant, options);
        sandbox.serve(new HibobRoutes(tenant));
        return sandbox;
    }

    public HibobTenant tenant() {
        return tenant;
    }
}
