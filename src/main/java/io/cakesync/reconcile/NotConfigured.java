package io.cakesync.reconcile;

/** A required setting is missing; the message names the key and its environment variable. */
class NotConfigured extends RuntimeException {
    NotConfigured(String key, String env) {
        super(key + " (" + env + ") is not set");
    }
}
