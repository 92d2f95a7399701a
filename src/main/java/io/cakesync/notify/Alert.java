package io.cakesync.notify;

import java.time.Instant;

/** Something an operator should hear about. {@code runId} is null for alerts not about one run. */
record Alert(Kind kind, String title, String text, Long runId, Instant at) {

    enum Kind {
        RUN_FAILED,
        PLAN_HELD,
        REPEATED_PARTIAL,
        NO_SUCCESSFUL_RUN
    }
}
