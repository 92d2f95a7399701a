package io.cakesync.sandbox;

import java.util.Map;

/** A user of the sandbox tenant. {@code id} is a lower-case UUID. */
public record SandboxUser(String id, String name, String email, String statusName, String roleName) {

    private static final Map<String, Integer> STATUS_IDS = Map.of(
            "Active",
            1,
            "Invited",
            2,
            "Discovered",
            3,
            "Ignored",
            4,
            "Offboarding",
            5,
            "Deactivated",
            6,
            "Tracked",
            7,
            "Onboarding",
            8);

    /** Only Active=1 and Invited=2 are documented; the rest just have to be stable. */
    int statusId() {
        return STATUS_IDS.getOrDefault(statusName, 100 + Math.floorMod(statusName.hashCode(), 900));
    }

    boolean isAdmin() {
        return "Admin".equals(roleName);
    }
}
