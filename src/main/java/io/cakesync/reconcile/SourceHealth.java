package io.cakesync.reconcile;

import java.util.Map;
import java.util.Optional;

/**
 * The HR read as the integrity gate sees it: how many rows were rejected, and active headcounts per
 * mapped department now and at the last successful run ({@code before} is empty on the first run).
 */
record SourceHealth(int rejected, Headcount now, Optional<Headcount> before) {

    /** Active employees in total and per mapped department (keyed by display name). */
    record Headcount(int active, Map<String, Integer> byDepartment) {}
}
