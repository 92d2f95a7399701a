package io.cakesync.web;

import java.net.URI;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** How the admin pages present what they show, and where people reach them. */
@ConfigMapping(prefix = "web")
public interface WebConfig {

    /** The zone the pages print times in (an IANA id such as Europe/Berlin); the JVM's zone when unset. */
    Optional<String> timeZone();

    /**
     * The UI's address as users open it (the reverse proxy's, e.g. https://cakesync.example.com), for links
     * printed by the CLI. Unset: no links.
     */
    Optional<URI> publicUrl();

    /** The page of one run, when the public URL is known. */
    default Optional<String> runPage(long runId) {
        return publicUrl().map(u -> u.toString().replaceFirst("/+$", "") + "/runs/" + runId);
    }
}
