package io.cakesync.reconcile;

/** A required setting is missing; the message names the key and its environment variable. */
public class NotConfigured extends RuntimeException {
    public NotConfigured(String key, String env) {
        super(key + " (" + env + ") is not set");
    }
}
