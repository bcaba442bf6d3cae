package org.hazardledger.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.hazardledger.service.Messages;

/** The lines every benchmark prints alike: the times of its runs, and the memory it took. */
final class BenchReport {

    private static final long MB = 1024 * 1024;

    private BenchReport() {
    }

    static void times(Messages m, PrintWriter out, List<Long> millis) {
        BenchStats stats = BenchStats.of(millis);
        out.println(m.get("cli.bench.result", String.format(Locale.ROOT, "%.0f", stats.median()),
                str(stats.p95()), str(stats.min()), str(stats.max())));
    }

    /** One labelled line of runs timed in microseconds, shown in milliseconds with two decimals. */
    static void timesMicros(Messages m, PrintWriter out, String label, List<Long> micros) {
        BenchStats stats = BenchStats.of(micros);
        out.println(m.get("cli.bench.labelled", label, ms(stats.median()), ms(stats.p95()), ms(stats.min()),
                ms(stats.max())));
    }

    private static String ms(double micros) {
        return String.format(Locale.ROOT, "%.2f", micros / 1000.0);
    }

    static void memory(Messages m, PrintWriter out, long peakHeapBytes, long maxHeapBytes) {
        OptionalLong rss = MemoryProbe.peakRssBytes();
        out.println(m.get("cli.bench.memory", str(peakHeapBytes / MB), str(maxHeapBytes / MB),
                rss.isPresent() ? (rss.getAsLong() / MB) + " MB" : m.get("cli.bench.rssUnknown")));
    }

    /** Numbers as plain strings: MessageFormat would group them (15,698), which scripts misread. */
    static String str(long n) {
        return Long.toString(n);
    }
}
