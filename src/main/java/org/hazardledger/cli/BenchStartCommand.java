package org.hazardledger.cli;

import static org.hazardledger.cli.BenchReport.str;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.hazardledger.model.DomainException;
import org.hazardledger.service.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench start --data DIR}: cold starts, each a new JVM (the same java and class path) running
 * the hidden {@code bench first-page} on the ledger in DIR; timed from before the child process is
 * started to the line it prints once the first ledger page and the count are read. Reports the
 * median and p95 of that wall time, the child's own figures (from its process start, opening the
 * ledger, the first page) and the child's peak heap and RSS. Warm-up runs (untimed) fill the
 * operating system's file cache, as on a PC that has opened the ledger before.
 */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Time the start to the first ledger page / 启动到台账首页耗时")
final class BenchStartCommand implements Callable<Integer> {

    /** The application's entry point (app layer: named, not referenced, from cli). */
    static final String LAUNCHER = String.join(".", "org", "hazardledger", "app", "Launcher");
    private static final long MB = 1024 * 1024;
    /** The parent's figure: from before starting the child to its line. */
    private static final String WALL = "wall_ms";

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Ledger folder / 台账数据目录")
    Path dataDir;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Timed runs")
    int runs;

    @Option(names = "--warmup", defaultValue = "1", paramLabel = "N", description = "Untimed runs first")
    int warmup;

    @Option(names = "--jvm-option", paramLabel = "OPT", description = "An option for the child JVM (e.g. -Xmx512m)")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--build", paramLabel = "N",
            description = "First build a benchmark ledger of N hazards in DIR (DIR must be new) / 先在 DIR 中生成 N 条隐患的台账")
    Integer build;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "zh (default) or en")
    String language;

    @Override
    public Integer call() {
        if (runs < 1 || warmup < 0) {
            throw new DomainException("error.cli.bench.counts");
        }
        CliContext ctx = bench.parent.context();
        Messages m = Messages.forLanguage(language);
        PrintWriter out = ctx.out();
        if (build != null) {
            if (build < 0) {
                throw new DomainException("error.cli.bench.counts");
            }
            long t0 = System.nanoTime();
            try (OpenLedger ledger = ctx.opener().open(dataDir)) {
                java.time.LocalDate to = java.time.LocalDate.now();
                ledger.setup().initialiseBenchmark(build, to.minusDays(364), to,
                        org.hazardledger.service.Progress.NONE);
            }
            out.println(m.get("cli.bench.start.built", str(build), str((System.nanoTime() - t0) / 1_000_000)));
        }
        out.println(m.get("cli.bench.start.header", dataDir.toAbsolutePath().toString(), str(warmup), str(runs)));
        out.flush();
        for (int i = 0; i < warmup; i++) {
            coldStart();
        }
        List<Long> wall = new ArrayList<>();
        List<Long> sinceStart = new ArrayList<>();
        List<Long> open = new ArrayList<>();
        List<Long> page = new ArrayList<>();
        long heap = 0;
        long rss = -1;
        Map<String, String> last = Map.of();
        for (int i = 0; i < runs; i++) {
            Map<String, String> f = coldStart();
            wall.add(Long.parseLong(f.get(WALL)));
            sinceStart.add(Long.parseLong(f.get("since_start_ms")));
            open.add(Long.parseLong(f.get("open_ms")));
            page.add(Long.parseLong(f.get("page_ms")));
            heap = Math.max(heap, Long.parseLong(f.get("heap")));
            rss = Math.max(rss, Long.parseLong(f.get("rss")));
            last = f;
        }
        out.println(m.get("cli.bench.start.ledger", last.get("total"), last.get("rows")));
        BenchReport.times(m, out, wall);
        out.println(m.get("cli.bench.start.child", median(sinceStart), median(open), median(page)));
        out.println(m.get("cli.bench.start.memory", str(heap / MB),
                rss < 0 ? m.get("cli.bench.rssUnknown") : (rss / MB) + " MB"));
        out.flush();
        return HazardLedgerCommand.OK;
    }

    private static String median(List<Long> millis) {
        return str(Math.round(BenchStats.of(millis).median()));
    }

    /** Starts one child JVM and returns its figures once it printed them. */
    private Map<String, String> coldStart() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LAUNCHER);
        command.add("bench");
        command.add("first-page");
        command.add("--data");
        command.add(dataDir.toAbsolutePath().toString());
        try {
            long t0 = System.nanoTime();
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Map<String, String> figures = null;
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (figures == null && line.startsWith(BenchFirstPageCommand.LINE + " ")) {
                        figures = parse(line);
                        figures.put(WALL, str((System.nanoTime() - t0) / 1_000_000));
                        break;
                    }
                }
                if (figures != null) {
                    lines.transferTo(java.io.Writer.nullWriter());
                }
            }
            if (!child.waitFor(2, TimeUnit.MINUTES)) {
                child.destroy();
            }
            if (figures == null) {
                throw new DomainException("error.cli.bench.start.child", str(child.exitValue()));
            }
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parse(String line) {
        Map<String, String> f = new HashMap<>();
        for (String part : line.split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                f.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return f;
    }
}
