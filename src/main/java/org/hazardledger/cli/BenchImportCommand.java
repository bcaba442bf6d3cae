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
import java.util.stream.Stream;
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
 * {@code bench import}: generates a benchmark ledger of N hazards (timed: the generator's own figure,
 * with the size of the ledger's files), exports it to .xlsx untimed, then imports that sheet into a
 * new empty ledger {@code warmup} times untimed and {@code runs} times timed: the write into the
 * ledger (median, p95, hazards per second at the median) and the sheet's read, with peak heap and RSS.
 * {@code --generate-only} stops after the generation (a million hazards exceeds what one sheet import
 * should be asked to hold in memory on a small machine).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Time the benchmark ledger generator and the bulk import / 基准台账生成与批量导入耗时")
final class BenchImportCommand implements Callable<Integer> {

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--hazards", defaultValue = "100000", paramLabel = "N", description = "Hazards in the ledger")
    int hazards;

    @Option(names = "--workshops", defaultValue = "4", paramLabel = "N", description = "Workshops (two per plant)")
    int workshops;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N", description = "Timed imports")
    int runs;

    @Option(names = "--warmup", defaultValue = "1", paramLabel = "N", description = "Untimed imports first")
    int warmup;

    @Option(names = "--generate-only", description = "Only generate the ledger / 只测生成")
    boolean generateOnly;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "zh (default) or en")
    String language;

    @Override
    public Integer call() throws IOException {
        if (hazards < 0 || runs < 1 || warmup < 0 || workshops < 1) {
            throw new DomainException("error.cli.bench.counts");
        }
        CliContext ctx = bench.parent.context();
        Messages m = Messages.forLanguage(language);
        PrintWriter out = ctx.out();
        try (BenchFolder dir = BenchFolder.create()) {
            Path file = dir.resolve("bench-import.xlsx");
            Path source = dir.resolve("ledger");
            long generated;
            try (OpenLedger ledger = ctx.opener().open(source)) {
                LocalDate to = LocalDate.now();
                long start = System.nanoTime();
                ledger.setup().initialiseBenchmark(hazards, workshops, to.minusDays(364), to, Progress.NONE);
                generated = (System.nanoTime() - start) / 1_000_000;
                if (!generateOnly) {
                    new LedgerExport(ledger.sheets(), m).write(file, HazardQuery.ALL, "", Progress.NONE);
                }
            }
            out.println(m.get("cli.bench.import.generated", str(hazards), str(workshops), str(generated),
                    str(generated == 0 ? hazards : hazards * 1000L / generated), str(folderSize(source))));
            out.flush();
            if (!generateOnly) {
                importRuns(ctx, m, out, dir, file);
            }
        }
        return HazardLedgerCommand.OK;
    }

    private void importRuns(CliContext ctx, Messages m, PrintWriter out, BenchFolder dir, Path file) {
        out.println(m.get("cli.bench.import.header", str(hazards), str(warmup), str(runs)));
        out.flush();
        List<Long> reads = new ArrayList<>();
        List<Long> writes = new ArrayList<>();
        int imported = 0;
        long peakHeap = 0;
        long maxHeap = 0;
        for (int i = 0; i < warmup + runs; i++) {
            boolean timed = i >= warmup;
            System.gc();
            try (OpenLedger empty = ctx.opener().open(dir.resolve("empty-" + i));
                 MemoryProbe probe = MemoryProbe.start()) {
                empty.setup().initialiseEmpty("Benchmark import", Industry.CHEMICALS);
                long start = System.nanoTime();
                ParsedSheet parsed = SheetImport.open(file, Progress.NONE).parse(Progress.NONE);
                long read = (System.nanoTime() - start) / 1_000_000;
                start = System.nanoTime();
                ImportOutcome outcome = empty.sheets().importLines(parsed.lines(),
                        ImportOptions.defaults(file.getFileName().toString()), Progress.NONE);
                long wrote = (System.nanoTime() - start) / 1_000_000;
                if (timed) {
                    reads.add(read);
                    writes.add(wrote);
                    imported = outcome.imported();
                    peakHeap = Math.max(peakHeap, probe.peakHeapBytes());
                    maxHeap = probe.maxHeapBytes();
                }
            }
        }
        BenchReport.times(m, out, writes);
        long median = Math.round(BenchStats.of(writes).median());
        out.println(m.get("cli.bench.import.output", str(imported), str(Math.round(BenchStats.of(reads).median())),
                str(median == 0 ? imported : imported * 1000L / median)));
        BenchReport.memory(m, out, peakHeap, maxHeap);
        out.flush();
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
