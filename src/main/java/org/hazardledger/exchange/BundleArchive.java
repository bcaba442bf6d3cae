package org.hazardledger.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.service.IncomingRecord;
import org.hazardledger.service.Progress;
import org.hazardledger.service.RecordJson;

/**
 * The ZIP inside a decrypted bundle, checked before anything is used (docs/bundle-format.md, reading
 * steps 4–5): safe entry names, the manifest first, every entry listed with its exact size and
 * SHA-256, inflation stopped at the declared size (no ZIP bomb), every record line well formed and
 * valid, the counts right. Only then are its records and attachments handed out.
 */
final class BundleArchive implements AutoCloseable {

    static final String MANIFEST = "manifest.json";
    static final String RECORDS = "records/";
    static final String ATTACHMENTS = "attachments/";
    static final String RECORDS_SUFFIX = ".jsonl";
    private static final long MAX_MANIFEST = 16L << 20;
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9_./-]+");
    private static final Pattern ATTACHMENT_NAME = Pattern.compile("attachments/[0-9a-f]{64}");
    private static final Pattern RECORDS_NAME = Pattern.compile("records/[a-z0-9_]+\\.jsonl");

    private final ZipFile zip;
    private final Manifest manifest;
    private final Map<String, ZipEntry> entries;

    private BundleArchive(ZipFile zip, Manifest manifest, Map<String, ZipEntry> entries) {
        this.zip = zip;
        this.manifest = manifest;
        this.entries = entries;
    }

    /**
     * Opens and fully checks a decrypted bundle.
     *
     * @param limit     the most bytes all entries may inflate to
     * @param validator checks each record as the model validates input (throws DomainException)
     */
    static BundleArchive open(Path file, long limit, Consumer<TravellingRecord> validator, Progress progress) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DomainException(e, "error.bundle.notZip", BundleCrypto.reason(e));
        }
        try {
            Map<String, ZipEntry> entries = entries(zip);
            Manifest manifest = ManifestJson.read(readManifest(zip, entries.get(MANIFEST)));
            BundleArchive archive = new BundleArchive(zip, manifest, entries);
            archive.check(limit, validator, progress);
            return archive;
        } catch (RuntimeException e) {
            closeQuietly(zip, e);
            throw e;
        }
    }

    Manifest manifest() {
        return manifest;
    }

    /** Attachment hashes in the bundle. */
    List<String> attachments() {
        List<String> hashes = new ArrayList<>();
        for (Manifest.Entry e : manifest.entries()) {
            if (e.path().startsWith(ATTACHMENTS)) {
                hashes.add(e.path().substring(ATTACHMENTS.length()));
            }
        }
        return hashes;
    }

    InputStream openAttachment(String sha256) {
        try {
            return zip.getInputStream(entries.get(ATTACHMENTS + sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of the types this version knows, type by type in RecordType order, read lazily. */
    Iterable<IncomingRecord> records() {
        List<RecordType> types = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            if (entries.containsKey(recordsPath(type))) {
                types.add(type);
            }
        }
        return () -> new RecordIterator(types);
    }

    static String recordsPath(RecordType type) {
        return RECORDS + type.wireName() + RECORDS_SUFFIX;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, ZipEntry> entries(ZipFile zip) {
        Map<String, ZipEntry> entries = new HashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        boolean first = true;
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            if (first && !MANIFEST.equals(name)) {
                throw new DomainException("error.bundle.manifest", MANIFEST + " is not the first entry");
            }
            first = false;
            if (!safe(name)) {
                throw new DomainException("error.bundle.unsafeEntry", name);
            }
            if (entries.put(name, entry) != null) {
                throw new DomainException("error.bundle.unsafeEntry", name + " (twice)");
            }
        }
        if (entries.isEmpty()) {
            throw new DomainException("error.bundle.manifest", MANIFEST + " missing");
        }
        return entries;
    }

    static boolean safe(String name) {
        if (!SAFE_NAME.matcher(name).matches() || name.startsWith("/") || name.endsWith("/")) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return name.equals(MANIFEST) || ATTACHMENT_NAME.matcher(name).matches() || RECORDS_NAME.matcher(name).matches();
    }

    private static byte[] readManifest(ZipFile zip, ZipEntry entry) {
        try (InputStream in = new BoundedInputStream(zip.getInputStream(entry), MAX_MANIFEST, MANIFEST)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DomainException(e, "error.bundle.damaged", BundleCrypto.reason(e));
        }
    }

    private void check(long limit, Consumer<TravellingRecord> validator, Progress progress) {
        Set<String> listed = new HashSet<>();
        long total = 0;
        for (Manifest.Entry e : manifest.entries()) {
            if (!listed.add(e.path()) || MANIFEST.equals(e.path())) {
                throw new DomainException("error.bundle.manifest", "entry " + e.path() + " listed twice");
            }
            if (!entries.containsKey(e.path())) {
                throw new DomainException("error.bundle.missingEntry", e.path());
            }
            total += e.size();
        }
        for (String name : entries.keySet()) {
            if (!MANIFEST.equals(name) && !listed.contains(name)) {
                throw new DomainException("error.bundle.unexpectedEntry", name);
            }
        }
        if (total > limit) {
            throw new DomainException("error.bundle.tooLarge", total, limit);
        }
        long done = 0;
        for (Manifest.Entry e : manifest.entries()) {
            progress.checkCancelled();
            checkEntry(e, validator);
            done += e.size();
            progress.update(done, total);
        }
        for (String countedType : manifest.counts().keySet()) {
            if (!entries.containsKey(RECORDS + countedType + RECORDS_SUFFIX)) {
                throw new DomainException("error.bundle.countMismatch", countedType, manifest.counts().get(countedType), 0);
            }
        }
    }

    private void checkEntry(Manifest.Entry e, Consumer<TravellingRecord> validator) {
        MessageDigest sha = sha256();
        long size;
        try (InputStream raw = new BoundedInputStream(zip.getInputStream(entries.get(e.path())), e.size(), e.path());
             DigestInputStream in = new DigestInputStream(raw, sha)) {
            if (e.path().startsWith(RECORDS)) {
                String wire = e.path().substring(RECORDS.length(), e.path().length() - RECORDS_SUFFIX.length());
                Optional<RecordType> type = RecordType.fromWire(wire);
                long lines = type.isPresent() ? readLines(in, type.get(), validator) : skip(in);
                Integer declared = manifest.counts().get(wire);
                if (type.isPresent() && (declared == null || declared != lines)) {
                    throw new DomainException("error.bundle.countMismatch", wire, declared == null ? 0 : declared,
                            lines);
                }
            } else {
                skip(in);
                if (!e.path().equals(ATTACHMENTS + e.sha256())) {
                    throw new DomainException("error.bundle.hashMismatch", e.path());
                }
            }
            size = ((BoundedInputStream) raw).count();
        } catch (IOException ex) {
            throw new DomainException(ex, "error.bundle.damaged", BundleCrypto.reason(ex));
        }
        if (size != e.size()) {
            throw new DomainException("error.bundle.hashMismatch", e.path());
        }
        if (!hex(sha.digest()).equals(e.sha256())) {
            throw new DomainException("error.bundle.hashMismatch", e.path());
        }
    }

    private static long readLines(InputStream in, RecordType type, Consumer<TravellingRecord> validator)
            throws IOException {
        BufferedReader reader = utf8(in);
        long count = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            count++;
            validator.accept(RecordJson.read(type, line, count));
        }
        return count;
    }

    private static long skip(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        while (in.read(buffer) >= 0) {
            // hashed and counted as it passes
        }
        return 0;
    }

    private static BufferedReader utf8(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private static void closeQuietly(ZipFile zip, RuntimeException cause) {
        try {
            zip.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** Lines of the known records files, one after the other. */
    private final class RecordIterator implements Iterator<IncomingRecord> {
        private final Iterator<RecordType> types;
        private RecordType type;
        private BufferedReader reader;
        private String next;
        private long lineNumber;

        RecordIterator(List<RecordType> types) {
            this.types = types.iterator();
            advance();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public IncomingRecord next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            IncomingRecord record = new IncomingRecord(RecordJson.read(type, next, lineNumber), next);
            advance();
            return record;
        }

        private void advance() {
            try {
                while (true) {
                    if (reader != null) {
                        next = reader.readLine();
                        if (next != null) {
                            lineNumber++;
                            return;
                        }
                        reader.close();
                        reader = null;
                    }
                    if (!types.hasNext()) {
                        next = null;
                        return;
                    }
                    type = types.next();
                    lineNumber = 0;
                    reader = utf8(zip.getInputStream(entries.get(recordsPath(type))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Stops reading past the size the manifest declared: a ZIP bomb ends there. */
    static final class BoundedInputStream extends java.io.FilterInputStream {
        private final long limit;
        private final String name;
        private long count;

        BoundedInputStream(InputStream in, long limit, String name) {
            super(in);
            this.limit = limit;
            this.name = name;
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, (int) Math.min(len, Math.max(1, limit - count + 1)));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(long n) {
            count += n;
            if (count > limit) {
                throw new DomainException("error.bundle.entryTooLarge", name, limit);
            }
        }
    }
}
