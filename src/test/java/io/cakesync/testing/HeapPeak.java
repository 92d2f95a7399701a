package io.cakesync.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/** The sum of the heap pools' peaks since {@link #reset()}: an upper bound of the heap a step needed. */
public final class HeapPeak {

    private HeapPeak() {}

    public static void reset() {
        System.gc();
        pools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    public static long megabytes() {
        return pools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static List<MemoryPoolMXBean> pools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }
}
