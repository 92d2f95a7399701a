package io.cakesync.ops;

/** One thing wrong with the configuration: where (a key with its environment variable, or a file) and what. */
public record Problem(String where, String message) {

    static Problem key(String key, String message) {
        return new Problem(key + " (" + env(key) + ")", message);
    }

    /** The environment variable that sets a key, as SmallRye Config maps it. */
    static String env(String key) {
        return key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
