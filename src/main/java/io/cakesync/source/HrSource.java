package io.cakesync.source;

/** Where cakesync learns who works in which department. */
public interface HrSource {

    /**
     * Reads the whole source. A structural problem (missing, unreadable or empty file, a required
     * column absent) throws {@link SourceException}; a bad row is returned in {@link HrRead#rejected()}.
     */
    HrRead read();
}
