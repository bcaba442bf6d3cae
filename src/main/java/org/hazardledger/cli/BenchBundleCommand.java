package org.hazardledger.cli;

import static org.hazardledger.cli.BenchReport.str;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.hazardledger.exchange.ExchangeDesk;
import org.hazardledger.exchange.ExportResult;
import org.hazardledger.exchange.ImportResult;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.LedgerPage;
import org.hazardledger.service.AttachmentService;
import org.hazardledger.service.HazardService;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench bundle}: builds a throw-away enterprise ledger of N hazards with attachments of random
 * (incompressible) bytes, then times the full bundle export to a federation ledger and that bundle's
 * import into fresh copies of the federation ledger (median, p95, MB/s, peak heap and RSS). In the same
 * run it times gpg encrypting and signing, then decrypting and verifying, as many bytes (when gpg is on
 * the PATH, with a throw-away key in a throw-away GNUPGHOME), and the JDK's AES-256-CFB and SHA-512
 * alone over them: the ceiling of the bundle crypto.
 */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = "Time the encrypted bundle export and import, beside gpg / 加密交换文件导出导入耗时")
final class BenchBundleCommand implements Callable<Integer> {

    private static final char[] PASSPHRASE = "bench-bundle-2026".toCharArray();
    private static final long MB = 1L << 20;
    /** About a phone photo: 1 GiB makes 2,048 attachments. */
    private static final int ATTACHMENT_BYTES = 512 * 1024;
    private static final int CHUNK = 1 << 20;

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--hazards", defaultValue = "100000", paramLabel = "N", description = "Hazards in the ledger")
    int hazards;

    @Option(names = "--attachments-mb", defaultValue = "1024", paramLabel = "MB",
            description = "Attachment bytes in all, in MB (random, incompressible)")
    int attachmentsMb;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N", description = "Timed runs")
    int runs;

    @Option(names = "--warmup", defaultValue = "1", paramLabel = "N", description = "Untimed runs first")
    int warmup;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "zh (default) or en")
    String language;

    @Override
    public Integer call() throws IOException {
        if (hazards < 1 || attachmentsMb < 0 || runs < 1 || warmup < 0) {
            throw new DomainException("error.cli.bench.counts");
        }
        CliContext ctx = bench.parent.context();
        Messages m = Messages.forLanguage(language);
        PrintWriter out = ctx.out();
        try (BenchFolder dir = BenchFolder.create()) {
            Path usb = Files.createDirectories(dir.resolve("usb"));
            Path federation = dir.resolve("federation");
            Fingerprint federationKey;
            String federationPublic;
            try (OpenLedger receiver = ctx.opener().open(federation)) {
                receiver.setup().initialiseFederation("Benchmark federation");
                federationKey = receiver.exchange().keys().init(PASSPHRASE).fingerprint();
                federationPublic = receiver.exchange().keys().exportPublic();
            }
            Path bundle;
            long bundleBytes;
            List<Long> exportMillis = new ArrayList<>();
            List<Long> importMillis = new ArrayList<>();
            long peakHeap;
            long maxHeap;
            String enterprisePublic;
            Fingerprint enterpriseKey;
            ImportResult imported = null;
            try (MemoryProbe probe = MemoryProbe.start()) {
                try (OpenLedger sender = ctx.opener().open(dir.resolve("enterprise"))) {
                    LocalDate to = LocalDate.now();
                    sender.setup().initialiseBenchmark(hazards, to.minusDays(364), to, Progress.NONE);
                    int attachments = attach(sender, (long) attachmentsMb * MB);
                    ExchangeDesk desk = sender.exchange();
                    enterpriseKey = desk.keys().init(PASSPHRASE).fingerprint();
                    enterprisePublic = desk.keys().exportPublic();
                    desk.keys().importPublic(federationPublic);
                    desk.keys().trust(federationKey, federationKey.grouped());
                    out.println(m.get("cli.bench.bundle.header", str(hazards), str(attachments), str(attachmentsMb),
                            str(warmup), str(runs)));
                    out.flush();
                    ExportResult last = null;
                    for (int i = 0; i < warmup + runs; i++) {
                        if (last != null) {
                            Files.deleteIfExists(last.file());
                        }
                        long start = System.nanoTime();
                        last = desk.bundles().exportRecords(federationKey, usb, true, PASSPHRASE, Progress.NONE);
                        if (i >= warmup) {
                            exportMillis.add((System.nanoTime() - start) / 1_000_000);
                        }
                    }
                    bundle = last.file();
                    bundleBytes = last.bytes();
                }
                try (OpenLedger receiver = ctx.opener().open(federation)) {
                    receiver.exchange().keys().importPublic(enterprisePublic);
                    receiver.exchange().keys().trust(enterpriseKey, enterpriseKey.grouped());
                }
                out.println(m.get("cli.bench.bundle.export", str(bundleBytes)));
                BenchReport.times(m, out, exportMillis);
                out.flush();
                for (int i = 0; i < warmup + runs; i++) {
                    Path copy = dir.resolve("federation-" + i);
                    copyTree(federation, copy);
                    try (OpenLedger receiver = ctx.opener().open(copy)) {
                        long start = System.nanoTime();
                        imported = receiver.exchange().bundles().importBundle(bundle, PASSPHRASE, Progress.NONE);
                        if (i >= warmup) {
                            importMillis.add((System.nanoTime() - start) / 1_000_000);
                        }
                    }
                    deleteTree(copy);
                }
                peakHeap = probe.peakHeapBytes();
                maxHeap = probe.maxHeapBytes();
            }
            out.println(m.get("cli.bench.bundle.import"));
            BenchReport.times(m, out, importMillis);
            out.println(m.get("cli.bench.bundle.imported", str(inserted(imported)),
                    str(imported.counts().getOrDefault("hazard", 0)),
                    str(imported.counts().getOrDefault("attachment", 0))));
            BenchReport.memory(m, out, peakHeap, maxHeap);
            out.flush();
            Files.deleteIfExists(bundle);

            GpgRates gpg = gpg(m, out, dir, bundleBytes);
            double aes = median(jdkRuns(bundleBytes, true), bundleBytes);
            double sha = median(jdkRuns(bundleBytes, false), bundleBytes);
            out.println(m.get("cli.bench.bundle.rates", str(bundleBytes)));
            out.println("  " + m.get("cli.bench.bundle.rate.export", rate(bundleBytes, exportMillis)));
            out.println("  " + m.get("cli.bench.bundle.rate.import", rate(bundleBytes, importMillis)));
            out.println("  " + m.get("cli.bench.bundle.rate.gpgEncrypt",
                    gpg == null ? m.get("cli.bench.bundle.rate.none") : rate(bundleBytes, gpg.encrypt)));
            out.println("  " + m.get("cli.bench.bundle.rate.gpgDecrypt",
                    gpg == null ? m.get("cli.bench.bundle.rate.none") : rate(bundleBytes, gpg.decrypt)));
            out.println("  " + m.get("cli.bench.bundle.rate.aes", format(aes)));
            out.println("  " + m.get("cli.bench.bundle.rate.sha", format(sha)));
            out.flush();
        }
        return HazardLedgerCommand.OK;
    }

    private static int inserted(ImportResult result) {
        return result.applied() == null ? 0 : result.applied().inserted();
    }

    /**
     * Attaches {@code total} random bytes in photo-sized files to hazards spread over the ledger (one
     * file to every k-th hazard; more than one each when there are more files than hazards).
     */
    private int attach(OpenLedger ledger, long total) {
        if (total == 0) {
            return 0;
        }
        int files = (int) Math.max(1, (total + ATTACHMENT_BYTES - 1) / ATTACHMENT_BYTES);
        List<UUID> owners = owners(ledger.hazards(), Math.min(files, hazards));
        ledger.actAsBenchmarkClerk();
        AttachmentService attachments = ledger.attachments();
        SplittableRandom random = new SplittableRandom(20260615L);
        long left = total;
        for (int i = 0; i < files; i++) {
            byte[] bytes = new byte[(int) Math.min(ATTACHMENT_BYTES, left)];
            fill(random, bytes);
            left -= bytes.length;
            attachments.attach(AttachmentOwnerKind.HAZARD, owners.get(i % owners.size()), AttachmentKind.DOCUMENT,
                    new ByteArrayInputStream(bytes), "bench-" + i + ".bin");
        }
        return files;
    }

    /** {@code wanted} hazards, every k-th of the ledger's pages. */
    private List<UUID> owners(HazardService ledgerHazards, int wanted) {
        int step = Math.max(1, hazards / wanted);
        List<UUID> owners = new ArrayList<>();
        LedgerPage.PageCursor cursor = null;
        int seen = 0;
        while (owners.size() < wanted) {
            LedgerPage page = ledgerHazards.page(HazardQuery.ALL, cursor, HazardService.MAX_PAGE);
            for (HazardRow row : page.rows()) {
                if (seen++ % step == 0 && owners.size() < wanted) {
                    owners.add(row.id());
                }
            }
            if (page.nextCursor().isEmpty() || page.rows().isEmpty()) {
                break;
            }
            cursor = page.next();
        }
        if (owners.isEmpty()) {
            throw new DomainException("error.cli.bench.counts");
        }
        return owners;
    }

    private static void fill(SplittableRandom random, byte[] bytes) {
        int i = 0;
        for (; i + 8 <= bytes.length; i += 8) {
            long r = random.nextLong();
            for (int b = 0; b < 8; b++) {
                bytes[i + b] = (byte) (r >>> (b * 8));
            }
        }
        for (; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt();
        }
    }

    private record GpgRates(List<Long> encrypt, List<Long> decrypt) {
    }

    /**
     * gpg encrypting and signing, then decrypting and verifying, a file of {@code bytes} random bytes
     * with the bundle profile (AES-256, SHA-512, no compression, Ed25519 and Curve25519 keys); null,
     * with a notice printed, when gpg is missing or fails.
     */
    private GpgRates gpg(Messages m, PrintWriter out, BenchFolder dir, long bytes) throws IOException {
        Path home = Files.createDirectories(dir.resolve("gnupg"));
        home.toFile().setReadable(false, false);
        home.toFile().setReadable(true, true);
        home.toFile().setWritable(false, false);
        home.toFile().setWritable(true, true);
        home.toFile().setExecutable(false, false);
        home.toFile().setExecutable(true, true);
        Gpg gpg = new Gpg(home, dir.resolve("gpg.log"));
        String version;
        try {
            version = gpg.version();
        } catch (IOException e) {
            out.println(m.get("cli.bench.bundle.noGpg"));
            out.flush();
            return null;
        }
        Path plain = dir.resolve("plain.bin");
        Path sealed = dir.resolve("plain.bin.gpg");
        Path opened = dir.resolve("opened.bin");
        try {
            String fingerprint = gpg.makeKey();
            writeRandom(plain, bytes);
            List<Long> encrypt = new ArrayList<>();
            List<Long> decrypt = new ArrayList<>();
            for (int i = 0; i < warmup + runs; i++) {
                long start = System.nanoTime();
                gpg.run("--pinentry-mode", "loopback", "--passphrase", "", "--compress-algo", "none",
                        "--cipher-algo", "AES256", "--digest-algo", "SHA512", "--trust-model", "always",
                        "--local-user", fingerprint, "--recipient", fingerprint, "--output", sealed.toString(),
                        "--sign", "--encrypt", plain.toString());
                long encrypted = System.nanoTime();
                gpg.run("--pinentry-mode", "loopback", "--passphrase", "", "--output", opened.toString(),
                        "--decrypt", sealed.toString());
                long decrypted = System.nanoTime();
                if (Files.size(opened) != bytes) {
                    throw new IOException("gpg decrypted " + Files.size(opened) + " bytes, not " + bytes);
                }
                if (i >= warmup) {
                    encrypt.add((encrypted - start) / 1_000_000);
                    decrypt.add((decrypted - encrypted) / 1_000_000);
                }
            }
            out.println(m.get("cli.bench.bundle.gpgEncrypt", version, str(bytes)));
            BenchReport.times(m, out, encrypt);
            out.println(m.get("cli.bench.bundle.gpgDecrypt"));
            BenchReport.times(m, out, decrypt);
            out.flush();
            return new GpgRates(encrypt, decrypt);
        } catch (IOException e) {
            out.println(m.get("cli.bench.bundle.gpgFailed", String.valueOf(e.getMessage())));
            out.flush();
            return null;
        } finally {
            gpg.stopAgent();
            Files.deleteIfExists(plain);
            Files.deleteIfExists(sealed);
            Files.deleteIfExists(opened);
        }
    }

    /** gpg in batch mode on a throw-away home; output to a log file. */
    private static final class Gpg {
        private final Path home;
        private final Path log;

        Gpg(Path home, Path log) {
            this.home = home;
            this.log = log;
        }

        String version() throws IOException {
            run("--version");
            try (Stream<String> lines = Files.lines(log)) {
                return lines.findFirst().orElse("gpg").replace("gpg (GnuPG) ", "");
            }
        }

        /** An Ed25519 signing primary key with a Curve25519 encryption subkey; its fingerprint. */
        String makeKey() throws IOException {
            run("--pinentry-mode", "loopback", "--passphrase", "", "--quick-gen-key",
                    "HazardLedger bench <bench@hazardledger.invalid>", "ed25519", "sign", "never");
            run("--with-colons", "--list-keys");
            String fingerprint;
            try (Stream<String> lines = Files.lines(log)) {
                fingerprint = lines.filter(l -> l.startsWith("fpr:")).map(l -> l.split(":")[9]).findFirst()
                        .orElseThrow(() -> new IOException("no key made"));
            }
            run("--pinentry-mode", "loopback", "--passphrase", "", "--quick-add-key", fingerprint, "cv25519", "encr",
                    "never");
            return fingerprint;
        }

        void run(String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of("gpg", "--batch", "--yes", "--no-tty", "--quiet"));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().put("GNUPGHOME", home.toString());
            Process process = builder.start();
            process.getOutputStream().close();
            try {
                int exit = process.waitFor();
                if (exit != 0) {
                    String last;
                    try (Stream<String> lines = Files.lines(log)) {
                        last = lines.reduce((a, b) -> b).orElse("");
                    }
                    throw new IOException("gpg exit " + exit + ": " + last);
                }
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        void stopAgent() {
            try {
                ProcessBuilder builder = new ProcessBuilder("gpgconf", "--kill", "gpg-agent")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
                builder.environment().put("GNUPGHOME", home.toString());
                builder.start().waitFor();
            } catch (IOException e) {
                // no gpgconf: the agent ends by itself when its home folder is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void writeRandom(Path file, long bytes) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        byte[] chunk = new byte[CHUNK];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = bytes; left > 0; left -= CHUNK) {
                fill(random, chunk);
                out.write(chunk, 0, (int) Math.min(CHUNK, left));
            }
        }
    }

    /** The JDK's AES-256-CFB (encrypting) or SHA-512 alone over {@code bytes} bytes in memory: the ceiling. */
    private List<Long> jdkRuns(long bytes, boolean aes) {
        byte[] chunk = new byte[CHUNK];
        byte[] sealed = new byte[CHUNK];
        fill(new SplittableRandom(7), chunk);
        List<Long> millis = new ArrayList<>();
        try {
            for (int i = 0; i < warmup + runs; i++) {
                long start = System.nanoTime();
                if (aes) {
                    Cipher cipher = Cipher.getInstance("AES/CFB/NoPadding");
                    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(new byte[32], "AES"),
                            new IvParameterSpec(new byte[16]));
                    for (long left = bytes; left > 0; left -= CHUNK) {
                        cipher.update(chunk, 0, (int) Math.min(CHUNK, left), sealed, 0);
                    }
                } else {
                    MessageDigest sha = MessageDigest.getInstance("SHA-512");
                    for (long left = bytes; left > 0; left -= CHUNK) {
                        sha.update(chunk, 0, (int) Math.min(CHUNK, left));
                    }
                    sha.digest();
                }
                if (i >= warmup) {
                    millis.add((System.nanoTime() - start) / 1_000_000);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return millis;
    }

    private static double median(List<Long> millis, long bytes) {
        return mbPerSecond(bytes, BenchStats.of(millis).median());
    }

    private static String rate(long bytes, List<Long> millis) {
        return format(median(millis, bytes));
    }

    private static double mbPerSecond(long bytes, double millis) {
        return bytes / (double) MB / Math.max(millis, 1) * 1000;
    }

    private static String format(double rate) {
        return String.format(Locale.ROOT, "%.1f", rate);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
