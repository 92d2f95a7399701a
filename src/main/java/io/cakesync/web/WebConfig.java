package io.cakesync.web;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** How the admin pages present what they show. */
@ConfigMapping(prefix = "web")
interface WebConfig {

    /** The zone the pages print times in (an IANA id such as Europe/Berlin); the JVM's zone when unset. */
    Optional<String> timeZone();
}
