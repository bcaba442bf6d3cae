package org.hazardledger.cli;

import static org.hazardledger.cli.BenchReport.str;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.LedgerPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench first-page} (hidden): one child run of {@code bench start}. It does, headless, what
 * the workbench does from process start to its first ledger page: open the ledger (the same
 * {@code Ledger.open} as the window), read what the ledger page reads first (the category names and
 * the units for the filter, then the first page of {@value #FIRST_PAGE} rows and the count), and
 * prints one line for the parent: {@code FIRST_PAGE} and the figures as {@code name=value}.
 * It leaves out the JavaFX toolkit, the window's layout and the sign-in (the runtime has no
 * headless toolkit; Monocle is a test dependency).
 */
@Command(name = "first-page", hidden = true, description = "One cold start of bench start / bench start 的一次冷启动")
final class BenchFirstPageCommand implements Callable<Integer> {

    /** The ledger table's page (LedgerViewModel.PAGE_SIZE: the ui layer is not visible from cli). */
    static final int FIRST_PAGE = 200;
    static final String LINE = "FIRST_PAGE";

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Ledger folder / 台账数据目录")
    Path dataDir;

    @Override
    public Integer call() {
        CliContext ctx = bench.parent.context();
        long peakHeap;
        try (MemoryProbe probe = MemoryProbe.start()) {
            long t0 = System.nanoTime();
            try (OpenLedger ledger = ctx.opener().open(dataDir)) {
                long opened = System.nanoTime();
                ledger.setup().isInitialised();
                ledger.organisation().enterprise();
                ledger.referenceData().hazardCategories();
                ledger.organisation().units();
                LedgerPage page = ledger.hazards().page(HazardQuery.ALL, null, FIRST_PAGE);
                int total = ledger.hazards().count(HazardQuery.ALL);
                long shown = System.nanoTime();
                long sinceStart = Duration.between(processStart(), Instant.now()).toMillis();
                peakHeap = probe.peakHeapBytes();
                PrintWriter out = ctx.out();
                out.println(LINE + " total=" + str(total) + " rows=" + str(page.rows().size())
                        + " since_start_ms=" + str(sinceStart)
                        + " open_ms=" + str((opened - t0) / 1_000_000)
                        + " page_ms=" + str((shown - opened) / 1_000_000)
                        + " heap=" + str(peakHeap)
                        + " rss=" + str(MemoryProbe.peakRssBytes().orElse(-1)));
                out.flush();
            }
        }
        return HazardLedgerCommand.OK;
    }

    /** When the process started (the operating system's figure), else when the JVM started. */
    private static Instant processStart() {
        return ProcessHandle.current().info().startInstant()
                .orElseGet(() -> Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
    }
}
