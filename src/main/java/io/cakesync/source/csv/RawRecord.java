package io.cakesync.source.csv;

import java.util.List;

/** One CSV record as text fields, with the physical line it starts on. */
record RawRecord(int line, List<String> fields) {

    String field(int index) {
        return index < fields.size() ? fields.get(index).strip() : "";
    }

    boolean blank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
