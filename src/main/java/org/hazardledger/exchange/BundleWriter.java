package org.hazardledger.exchange;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.service.AtomicFile;
import org.hazardledger.service.Progress;
import org.hazardledger.service.RecordJson;

/**
 * Writes one bundle: the records to staging files (hashed and counted as they are written), then the
 * ZIP, manifest first, straight into the signing and encrypting stream, to a temporary name in the
 * chosen folder; synced to the disk and renamed only when complete, so a pulled-out stick never holds
 * half a bundle under a bundle's name.
 */
final class BundleWriter implements AutoCloseable {

    private final Path staging;
    private final Map<RecordType, Staged> staged = new EnumMap<>(RecordType.class);
    private final Set<String> attachments = new LinkedHashSet<>();
    private int recordCount;

    private static final class Staged {
        final Path file;
        final Writer writer;
        final DigestOutputStream digest;
        final CountingOutputStream counter;
        int lines;

        Staged(Path file) throws IOException {
            this.file = file;
            this.counter = new CountingOutputStream(Files.newOutputStream(file));
            this.digest = new DigestOutputStream(counter, BundleArchive.sha256());
            this.writer = new BufferedWriter(new OutputStreamWriter(digest, StandardCharsets.UTF_8), 1 << 16);
        }
    }

    BundleWriter(Path tempRoot) {
        try {
            Files.createDirectories(tempRoot);
            this.staging = Files.createTempDirectory(tempRoot, "export-");
        } catch (IOException e) {
            throw new DomainException(e, "error.bundle.write", BundleCrypto.reason(e));
        }
    }

    /** Adds one record (as its JSON line); an ATTACHMENT record also brings its bytes into the bundle. */
    void add(TravellingRecord record) {
        try {
            Staged file = staged.get(record.type());
            if (file == null) {
                file = new Staged(staging.resolve(record.type().wireName() + BundleArchive.RECORDS_SUFFIX));
                staged.put(record.type(), file);
            }
            file.writer.write(RecordJson.write(record));
            file.writer.write('\n');
            file.lines++;
            recordCount++;
            String sha = record.type() == RecordType.ATTACHMENT && !record.deleted() ? record.text("sha256") : null;
            if (sha != null) {
                attachments.add(sha);
            }
        } catch (IOException e) {
            throw new DomainException(e, "error.bundle.write", BundleCrypto.reason(e));
        }
    }

    int recordCount() {
        return recordCount;
    }

    /** Entries other than the manifest, with sizes and hashes; closes the staging files. */
    List<Manifest.Entry> finishRecords(Function<String, Long> attachmentSize) {
        List<Manifest.Entry> entries = new ArrayList<>();
        try {
            for (Map.Entry<RecordType, Staged> e : staged.entrySet()) {
                Staged file = e.getValue();
                file.writer.close();
                entries.add(new Manifest.Entry(BundleArchive.recordsPath(e.getKey()), file.counter.count,
                        BundleArchive.hex(file.digest.getMessageDigest().digest())));
            }
        } catch (IOException e) {
            throw new DomainException(e, "error.bundle.write", BundleCrypto.reason(e));
        }
        for (String sha : attachments) {
            entries.add(new Manifest.Entry(BundleArchive.ATTACHMENTS + sha, attachmentSize.apply(sha), sha));
        }
        return entries;
    }

    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        staged.forEach((type, file) -> counts.put(type.wireName(), file.lines));
        return counts;
    }

    /**
     * Writes the bundle to {@code target} through a temporary name beside it.
     *
     * @param attachment opens an attachment's stored bytes
     */
    void writeTo(Path target, Manifest manifest, List<PGPPublicKey> recipients, PGPPrivateKey signer,
            PGPPublicKey signerPublic, Function<String, InputStream> attachment, Progress progress) {
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        long total = manifest.entries().stream().mapToLong(Manifest.Entry::size).sum();
        try {
            try (FileOutputStream file = new FileOutputStream(part.toFile())) {
                OutputStream buffered = new BufferedOutputStream(file, 1 << 16);
                try (OutputStream plain = new BundleCrypto().encryptAndSign(buffered, recipients, signer, signerPublic,
                        Date.from(manifest.createdAt().toInstant()))) {
                    writeZip(plain, manifest, attachment, progress, total);
                }
                buffered.flush();
                file.getChannel().force(true);
            }
            AtomicFile.moveIntoPlace(part, target);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(part);
            throw new DomainException(e, "error.bundle.write", BundleCrypto.reason(e));
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    private void writeZip(OutputStream plain, Manifest manifest, Function<String, InputStream> attachment,
            Progress progress, long total) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(plain, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(BundleArchive.MANIFEST));
        zip.write(ManifestJson.write(manifest));
        zip.closeEntry();
        long done = 0;
        for (Manifest.Entry e : manifest.entries()) {
            progress.checkCancelled();
            if (e.path().startsWith(BundleArchive.RECORDS)) {
                zip.putNextEntry(new ZipEntry(e.path()));
                Files.copy(staging.resolve(e.path().substring(BundleArchive.RECORDS.length())), zip);
            } else {
                zip.putNextEntry(stored(e, attachment));
                try (InputStream in = attachment.apply(e.sha256())) {
                    in.transferTo(zip);
                }
            }
            zip.closeEntry();
            done += e.size();
            progress.update(done, total);
        }
        zip.finish();
    }

    /** Photos and PDFs are compressed already: stored, with the CRC the ZIP needs up front. */
    private static ZipEntry stored(Manifest.Entry e, Function<String, InputStream> attachment) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = attachment.apply(e.sha256())) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
            }
        }
        ZipEntry entry = new ZipEntry(e.path());
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(e.size());
        entry.setCompressedSize(e.size());
        entry.setCrc(crc.getValue());
        return entry;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: a left-over .part file is named as such and harmless
        }
    }

    @Override
    public void close() {
        for (Staged file : staged.values()) {
            try {
                file.writer.close();
            } catch (IOException ignored) {
                // closing a staging file we delete next
            }
        }
        deleteTree(staging);
    }

    static void deleteTree(Path root) {
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(BundleWriter::deleteQuietly);
        } catch (IOException ignored) {
            // best effort: the temporary folder is emptied again on the next export
        }
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
