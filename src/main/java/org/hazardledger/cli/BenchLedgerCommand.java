package org.hazardledger.cli;

import static org.hazardledger.cli.BenchReport.str;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.LedgerPositions;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench ledger}: the everyday work on a big ledger. Builds a ledger of N hazards (or opens the
 * one in {@code --data}, building it there first if the folder is empty, so a million-hazard ledger
 * is built once), then times: opening it with the first page and total; a 50-row page at random
 * offsets under several filters; the total and the positions of each filter; keyword searches
 * (first page and total); registering a hazard and one lifecycle transition. Median and p95 over
 * {@code runs} timed repetitions after {@code warmup} untimed ones.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Time paging, search, registering and transitions on a big ledger / 大台账翻页、搜索、登记耗时")
final class BenchLedgerCommand implements Callable<Integer> {

    static final int PAGE = 50;

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--hazards", defaultValue = "10000", paramLabel = "N", description = "Hazards in the ledger")
    int hazards;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Keep the ledger in DIR (built there when empty, reused when not)")
    Path data;

    @Option(names = "--runs", defaultValue = "20", paramLabel = "N", description = "Timed runs of each case")
    int runs;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "N", description = "Untimed runs first")
    int warmup;

    @Option(names = "--keywords", split = ",", paramLabel = "WORDS",
            defaultValue = "漏电,配电箱,安全帽,警示,叉车,脚手架,泄漏,消防通道,消防通道堵塞",
            description = "Search keywords (a hazard number of the ledger is added)")
    List<String> keywords;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "zh (default) or en")
    String language;

    @Override
    public Integer call() throws IOException {
        if (hazards < 0 || runs < 1 || warmup < 0) {
            throw new DomainException("error.cli.bench.counts");
        }
        CliContext ctx = bench.parent.context();
        Messages m = Messages.forLanguage(language);
        if (data != null) {
            run(ctx, m, data);
        } else {
            try (BenchFolder dir = BenchFolder.create()) {
                run(ctx, m, dir.resolve("ledger"));
            }
        }
        return HazardLedgerCommand.OK;
    }

    private void run(CliContext ctx, Messages m, Path dir) throws IOException {
        PrintWriter out = ctx.out();
        try (OpenLedger ledger = ctx.opener().open(dir)) {
            if (!ledger.setup().isInitialised()) {
                long start = System.nanoTime();
                LocalDate to = LocalDate.now();
                // A mining group's shape: about 100,000 hazards a year, some 20,000 per workshop.
                ledger.setup().initialiseBenchmark(hazards, Math.max(4, Math.min(50, hazards / 20_000)),
                        to.minusYears(Math.max(1, hazards / 100_000)), to, Progress.NONE);
                out.println(m.get("cli.bench.ledger.built", str(hazards), str(millisSince(start)),
                        str(BenchFolder.sizeOf(dir) / (1024 * 1024))));
                out.flush();
            }
        }
        long start = System.nanoTime();
        try (OpenLedger ledger = ctx.opener().open(dir)) {
            ledger.actAsBenchmarkClerk();
            int total = ledger.hazards().count(HazardQuery.ALL);
            ledger.hazards().page(HazardQuery.ALL, null, PAGE);
            out.println(m.get("cli.bench.ledger.header", str(total), str(warmup), str(runs)));
            out.println(m.get("cli.bench.ledger.open", str(millisSince(start))));
            out.flush();
            new LedgerCases(ledger, m, out, new Random(20_260_615L)).run(total);
        }
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    /** The timed cases, on one open ledger. */
    private final class LedgerCases {

        private final OpenLedger ledger;
        private final Messages m;
        private final PrintWriter out;
        private final Random random;

        LedgerCases(OpenLedger ledger, Messages m, PrintWriter out, Random random) {
            this.ledger = ledger;
            this.m = m;
            this.out = out;
            this.random = random;
        }

        void run(int total) {
            List<long[]> heap = new ArrayList<>();
            try (MemoryProbe probe = MemoryProbe.start()) {
                for (Filter f : filters()) {
                    paging(f);
                }
                searching(total);
                writing();
                heap.add(new long[] {probe.peakHeapBytes(), probe.maxHeapBytes()});
            }
            BenchReport.memory(m, out, heap.get(0)[0], heap.get(0)[1]);
            out.flush();
        }

        private List<Filter> filters() {
            Set<HazardStatus> open = EnumSet.noneOf(HazardStatus.class);
            for (HazardStatus s : HazardStatus.values()) {
                if (s.isOpen()) {
                    open.add(s);
                }
            }
            List<Filter> filters = new ArrayList<>();
            filters.add(new Filter(m.get("cli.bench.ledger.filter.all"), HazardQuery.ALL));
            filters.add(new Filter(m.get("cli.bench.ledger.filter.open"), HazardQuery.ALL.withStatuses(open)));
            ledger.organisation().units().stream().filter(u -> u.tier() == Tier.PLANT).findFirst()
                    .ifPresent(u -> filters.add(new Filter(m.get("cli.bench.ledger.filter.unit", u.name()),
                            HazardQuery.ALL.withUnit(u.id()))));
            filters.add(new Filter(m.get("cli.bench.ledger.filter.overdue"), HazardQuery.ALL.withOverdueOnly(true)));
            return filters;
        }

        private void paging(Filter f) {
            long start = System.nanoTime();
            LedgerPositions positions = ledger.hazards().positions(f.query());
            long positionMillis = millisSince(start);
            report(m.get("cli.bench.ledger.count", f.label()), () -> ledger.hazards().count(f.query()));
            out.println(m.get("cli.bench.ledger.positions", f.label(), str(positions.total()), str(positionMillis)));
            int rows = Math.max(1, positions.total());
            report(m.get("cli.bench.ledger.page", f.label()), () -> ledger.hazards()
                    .pageAt(f.query(), positions, random.nextInt(rows), PAGE).size());
            if (f.query().equals(HazardQuery.ALL)) {
                // The baseline: the same pages by a plain OFFSET (no anchors), as a naive pager does.
                LedgerPositions none = new LedgerPositions(positions.total(), Integer.MAX_VALUE, List.of());
                report(m.get("cli.bench.ledger.offset", f.label()), () -> ledger.hazards()
                        .pageAt(f.query(), none, random.nextInt(rows), PAGE).size());
            }
        }

        private void searching(int total) {
            List<String> words = new ArrayList<>(keywords);
            if (total > 0) {
                HazardRow any = ledger.hazards().pageAt(HazardQuery.ALL, ledger.hazards().positions(HazardQuery.ALL),
                        total / 2, 1).get(0);
                words.add(any.number());
            }
            for (String word : words) {
                HazardQuery q = HazardQuery.ALL.withText(word);
                int[] hits = {0};
                report(m.get("cli.bench.ledger.search", word), () -> {
                    ledger.hazards().page(q, null, PAGE);
                    hits[0] = ledger.hazards().count(q);
                    return hits[0];
                });
                out.println(m.get("cli.bench.ledger.hits", word, str(hits[0])));
            }
        }

        private void writing() {
            BenchWrites writes = new BenchWrites(ledger);
            report(m.get("cli.bench.ledger.register"), writes::register);
            report(m.get("cli.bench.ledger.transition"), writes::transition);
            out.println(m.get("cli.bench.ledger.audit", ledger.audit().verify().isIntact()
                    ? m.get("cli.bench.ledger.audit.intact") : m.get("cli.bench.ledger.audit.broken")));
        }

        private void report(String label, IntSupplier work) {
            for (int i = 0; i < warmup; i++) {
                work.getAsInt();
            }
            long[] millis = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                work.getAsInt();
                millis[i] = (System.nanoTime() - start) / 1_000;
            }
            BenchReport.timesMicros(m, out, label, Arrays.stream(millis).boxed().toList());
            out.flush();
        }
    }

    private record Filter(String label, HazardQuery query) {
    }
}
