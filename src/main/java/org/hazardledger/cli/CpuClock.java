package org.hazardledger.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.List;
import java.util.Locale;
import org.hazardledger.service.Messages;

/**
 * The CPU time the whole process (every thread) has used, for benchmarks on a shared machine: when
 * other work loads the cores, wall times stretch but the CPU a run took hardly changes, so two builds
 * can still be compared. -1 where the JVM does not say.
 */
final class CpuClock {

    private CpuClock() {
    }

    /** The process's CPU time so far in nanoseconds, or -1. */
    static long processNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }

    /** Prints the median CPU milliseconds of the runs, unless the JVM gave none. */
    static void report(Messages m, java.io.PrintWriter out, List<Long> cpuMillis) {
        if (cpuMillis.isEmpty() || cpuMillis.stream().anyMatch(c -> c < 0)) {
            return;
        }
        out.println(m.get("cli.bench.forms.cpu", String.format(Locale.ROOT, "%.0f",
                BenchStats.of(cpuMillis).median())));
    }
}
