package io.cakesync.source;

import java.util.List;
import java.util.Optional;

/**
 * One kind of HR system. A connector only fetches records and proves the read complete; validation
 * is shared by every kind ({@link #read()}), so an API source and a file are judged alike.
 */
public interface HrConnector {

    /** The {@code sync.source.kind} value that selects this connector. */
    String kind();

    /**
     * Every record of the source. Throws {@link SourceException} when the read cannot be proven
     * complete (a page missing, a total that does not match, a field the credential may not read).
     */
    Fetched fetch();

    /** How the source names employment statuses. */
    StatusMap statuses();

    /** A cheap look at the configuration and the source (never a full read); the problem, if any. */
    Optional<String> probe();

    /** {@code origin} names the source for messages and the audit (a file path, an API host). */
    record Fetched(String origin, List<SourceRecord> records) {

        public Fetched {
            records = List.copyOf(records);
        }
    }

    default HrRead read() {
        return RecordValidator.validate(fetch(), statuses());
    }
}
