package io.cakesync.sandbox;

import java.util.Locale;

/**
 * A user group of the sandbox tenant. Only groups managed in Cakewalk itself accept membership
 * writes; groups synced from an IdP are read-only, as in the real product.
 */
public record SandboxGroup(String id, String name, String syncSource) {

    static final String CAKEWALK = "Cakewalk";

    public boolean readOnly() {
        return !CAKEWALK.equals(syncSource);
    }

    /** IdP-synced groups carry the IdP's id; Cakewalk-managed groups have none. */
    String externalId() {
        return readOnly() ? syncSource.toLowerCase(Locale.ROOT) + "-" + id.substring(0, 8) : null;
    }
}
