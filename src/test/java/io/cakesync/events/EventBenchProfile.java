package io.cakesync.events;

import java.util.HashMap;
import java.util.Map;

import io.cakesync.testing.BenchProfile;

/** The benchmark's production-like settings, with the generic receiver on and this process processing events. */
public class EventBenchProfile extends BenchProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("events.secret", EventsProfile.SECRET);
        config.put("events.processing", "true");
        return config;
    }
}
