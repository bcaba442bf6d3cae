package org.hazardledger.cli;

import static org.hazardledger.cli.BenchReport.str;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Tier;
import org.hazardledger.report.FormRequest;
import org.hazardledger.report.PrintedForm;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench archive}: builds a throw-away ledger with N hazards found in one workshop over the last
 * 90 days (and a round every other week), then prints that workshop's 分级隐患档案 {@code warmup}
 * times untimed and {@code runs} times timed. Reports the median and p95, the pages and size of the
 * PDF, the peak heap during the timed runs and the process's peak RSS.
 */
@Command(name = "archive", mixinStandardHelpOptions = true,
        description = "Time the tiered archive PDF / 分级隐患档案打印耗时")
final class BenchArchiveCommand implements Callable<Integer> {

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--hazards", defaultValue = "10000", paramLabel = "N", description = "Hazards in the archive")
    int hazards;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Timed runs")
    int runs;

    @Option(names = "--warmup", defaultValue = "1", paramLabel = "N", description = "Untimed runs first")
    int warmup;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "zh (default) or en")
    String language;

    @Override
    public Integer call() throws IOException {
        if (hazards < 0 || runs < 1 || warmup < 0) {
            throw new DomainException("error.cli.bench.counts");
        }
        CliContext ctx = bench.parent.context();
        Messages m = Messages.forLanguage(language);
        PrintWriter out = ctx.out();
        try (BenchFolder dir = BenchFolder.create(); OpenLedger ledger = ctx.opener().open(dir.resolve("ledger"))) {
            LocalDate to = LocalDate.now();
            LocalDate from = to.minusDays(89);
            OrgUnit workshop = ledger.setup().initialiseBenchmark(hazards, from, to, Progress.NONE);
            FormRequest.Archive request = new FormRequest.Archive(Tier.WORKSHOP, workshop.id(), from, to);
            int rounds = ledger.rounds().rounds(workshop.id(), from, to).size();
            out.println(m.get("cli.bench.archive.header", str(hazards), str(rounds), str(warmup), str(runs)));
            out.flush();
            for (int i = 0; i < warmup; i++) {
                ledger.reports().print(request);
            }
            System.gc();
            List<Long> millis = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            PrintedForm last = null;
            long peakHeap;
            long maxHeap;
            try (MemoryProbe probe = MemoryProbe.start()) {
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    long cpuStart = CpuClock.processNanos();
                    last = ledger.reports().print(request);
                    millis.add((System.nanoTime() - start) / 1_000_000);
                    cpu.add(cpuStart < 0 ? -1 : (CpuClock.processNanos() - cpuStart) / 1_000_000);
                }
                peakHeap = probe.peakHeapBytes();
                maxHeap = probe.maxHeapBytes();
            }
            BenchReport.times(m, out, millis);
            CpuClock.report(m, out, cpu);
            out.println(m.get("cli.bench.archive.output", str(last.pages()), str(last.pdf().length)));
            BenchReport.memory(m, out, peakHeap, maxHeap);
            out.flush();
        }
        return HazardLedgerCommand.OK;
    }
}
