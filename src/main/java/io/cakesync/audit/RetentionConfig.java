package io.cakesync.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long the audit keeps finished runs, and when the purge looks for older ones. */
@ConfigMapping(prefix = "retention")
public interface RetentionConfig {

    @WithDefault("400")
    int days();

    /** Quartz cron expression; {@code off} keeps every run forever. */
    @WithDefault("0 30 3 * * ?")
    String schedule();
}
