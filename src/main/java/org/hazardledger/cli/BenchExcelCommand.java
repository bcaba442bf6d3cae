package org.hazardledger.cli;

import static org.hazardledger.cli.BenchReport.str;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.ImportOptions;
import org.hazardledger.model.ImportOutcome;
import org.hazardledger.model.Industry;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import org.hazardledger.sheet.LedgerExport;
import org.hazardledger.sheet.ParsedSheet;
import org.hazardledger.sheet.SheetImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench excel}: builds a throw-away ledger of N hazards, exports the whole ledger to .xlsx
 * {@code warmup} times untimed and {@code runs} times timed (median, p95, peak heap and RSS), then
 * reads that file back and imports it into an empty ledger once, timing both.
 */
@Command(name = "excel", mixinStandardHelpOptions = true,
        description = "Time the Excel export and import of the ledger / Excel 导出导入耗时")
final class BenchExcelCommand implements Callable<Integer> {

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--hazards", defaultValue = "100000", paramLabel = "N", description = "Hazards in the ledger")
    int hazards;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N", description = "Timed runs")
    int runs;

    @Option(names = "--warmup", defaultValue = "1", paramLabel = "N", description = "Untimed runs first")
    int warmup;

    @Option(names = "--no-import", description = "Only the export / 只测导出")
    boolean exportOnly;

    @Option(names = "--ledger", paramLabel = "DIR",
            description = "Keep the generated ledger in DIR and reuse it when DIR already holds one "
                    + "/ 生成的台账保存在 DIR，已有则直接使用")
    Path ledgerDir;

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
        try (BenchFolder dir = BenchFolder.create()) {
            Path file = dir.resolve("bench-ledger.xlsx");
            exportRuns(ctx, m, out, dir, file);
            if (!exportOnly) {
                importOnce(ctx, m, out, dir, file);
            }
        }
        return HazardLedgerCommand.OK;
    }

    private void exportRuns(CliContext ctx, Messages m, PrintWriter out, BenchFolder dir, Path file)
            throws IOException {
        try (OpenLedger ledger = ctx.opener().open(ledgerDir == null ? dir.resolve("ledger") : ledgerDir)) {
            if (!ledger.setup().isInitialised()) {
                LocalDate to = LocalDate.now();
                ledger.setup().initialiseBenchmark(hazards, to.minusDays(364), to, Progress.NONE);
            }
            LedgerExport export = new LedgerExport(ledger.sheets(), m);
            out.println(m.get("cli.bench.excel.header", str(hazards), str(warmup), str(runs)));
            out.flush();
            for (int i = 0; i < warmup; i++) {
                export.write(file, HazardQuery.ALL, "", Progress.NONE);
            }
            System.gc();
            List<Long> millis = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            long peakHeap;
            long maxHeap;
            try (MemoryProbe probe = MemoryProbe.start()) {
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    long cpuStart = CpuClock.processNanos();
                    export.write(file, HazardQuery.ALL, "", Progress.NONE);
                    millis.add((System.nanoTime() - start) / 1_000_000);
                    cpu.add(cpuStart < 0 ? -1 : (CpuClock.processNanos() - cpuStart) / 1_000_000);
                }
                peakHeap = probe.peakHeapBytes();
                maxHeap = probe.maxHeapBytes();
            }
            BenchReport.times(m, out, millis);
            CpuClock.report(m, out, cpu);
            out.println(m.get("cli.bench.excel.output", str(ledger.sheets().count(HazardQuery.ALL)),
                    str(Files.size(file))));
            BenchReport.memory(m, out, peakHeap, maxHeap);
            out.flush();
        }
    }

    private static void importOnce(CliContext ctx, Messages m, PrintWriter out, BenchFolder dir, Path file) {
        try (OpenLedger empty = ctx.opener().open(dir.resolve("empty"))) {
            empty.setup().initialiseEmpty("Benchmark import", Industry.CHEMICALS);
            long start = System.nanoTime();
            ParsedSheet parsed = SheetImport.open(file, Progress.NONE).parse(Progress.NONE);
            long read = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            ImportOutcome outcome = empty.sheets().importLines(parsed.lines(),
                    ImportOptions.defaults(file.getFileName().toString()), Progress.NONE);
            long wrote = (System.nanoTime() - start) / 1_000_000;
            long perSecond = wrote == 0 ? outcome.imported() : outcome.imported() * 1000L / wrote;
            out.println(m.get("cli.bench.excel.import", str(outcome.imported()), str(read), str(wrote),
                    str(perSecond)));
            out.flush();
        }
    }
}
