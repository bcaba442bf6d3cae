package org.hazardledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hazardledger.model.BundleKind;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.service.IncomingRecord;
import org.hazardledger.service.Progress;
import org.hazardledger.service.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ZIP inside a bundle is checked completely before any of it is used. */
class BundleArchiveTest {

    private static final long LIMIT = 64L << 20;
    private static final Consumer<TravellingRecord> ANY = r -> { };

    @TempDir
    Path dir;

    private final List<Manifest.Entry> entries = new ArrayList<>();
    private final Map<String, byte[]> contents = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private String format = "1.0";

    @Test
    void aWellFormedBundleGivesItsRecordsInTypeOrder() throws IOException {
        records(RecordType.HAZARD, hazard(2), hazard(1));
        records(RecordType.ORG_UNIT, unit());
        attachment("照片".getBytes(StandardCharsets.UTF_8));

        try (BundleArchive archive = open(write(true))) {
            List<IncomingRecord> read = new ArrayList<>();
            archive.records().forEach(read::add);

            assertThat(read).extracting(r -> r.record().type())
                    .containsExactly(RecordType.ORG_UNIT, RecordType.HAZARD, RecordType.HAZARD);
            assertThat(read.get(1).record().revision()).isEqualTo(2);
            assertThat(archive.attachments()).hasSize(1);
        }
    }

    @Test
    void anEntryNamedToClimbOutOfItsFolderIsRefused() throws IOException {
        records(RecordType.HAZARD, hazard(1));
        raw("../../etc/passwd", "x".getBytes(StandardCharsets.UTF_8));

        assertRejected(write(true), "error.bundle.unsafeEntry");
    }

    @Test
    void aZipBombStopsAtTheSizeTheManifestDeclares() throws IOException {
        records(RecordType.HAZARD, hazard(1));
        byte[] zeros = new byte[32 << 20]; // 32 MiB of zeros deflate to ~32 KiB
        String sha = BundleArchive.hex(BundleArchive.sha256().digest(zeros));
        contents.put("attachments/" + sha, zeros);
        entries.add(new Manifest.Entry("attachments/" + sha, 1_000, sha));

        assertRejected(write(true), "error.bundle.entryTooLarge");
    }

    @Test
    void aBundleDeclaringMoreThanTheLimitIsRefusedBeforeInflating() throws IOException {
        records(RecordType.HAZARD, hazard(1));
        String sha = "0".repeat(64);
        contents.put("attachments/" + sha, new byte[1]);
        entries.add(new Manifest.Entry("attachments/" + sha, LIMIT + 1, sha));

        assertRejected(write(true), "error.bundle.tooLarge");
    }

    @Test
    void aManifestHashThatDoesNotMatchIsRefused() throws IOException {
        records(RecordType.HAZARD, hazard(1));
        Manifest.Entry e = entries.remove(0);
        entries.add(new Manifest.Entry(e.path(), e.size(), "f".repeat(64)));

        assertRejected(write(true), "error.bundle.hashMismatch");
    }

    @Test
    void aNewerMajorFormatIsRefusedWithAClearMessageAndANewerMinorIsRead() throws IOException {
        records(RecordType.HAZARD, hazard(1));
        format = "2.0";
        assertRejected(write(true), "error.bundle.newerFormat");

        format = "1.7";
        raw("records/risk_forecast.jsonl", "{\"id\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
        try (BundleArchive archive = open(write(true))) {
            List<IncomingRecord> read = new ArrayList<>();
            archive.records().forEach(read::add);
            assertThat(read).hasSize(1); // the unknown type is checked and left out
        }
    }

    @Test
    void entriesMissingOrNotListedOrMiscountedAreRefused() throws IOException {
        records(RecordType.HAZARD, hazard(1));
        counts.put(RecordType.HAZARD.wireName(), 2);
        assertRejected(write(true), "error.bundle.countMismatch");

        counts.put(RecordType.HAZARD.wireName(), 1);
        entries.add(new Manifest.Entry("attachments/" + "a".repeat(64), 1, "a".repeat(64)));
        assertRejected(write(true), "error.bundle.missingEntry");

        entries.remove(entries.size() - 1);
        contents.put("attachments/" + "b".repeat(64), new byte[1]);
        assertRejected(write(true), "error.bundle.unexpectedEntry");
    }

    @Test
    void theManifestMustComeFirstAndBeJson() throws IOException {
        records(RecordType.HAZARD, hazard(1));
        assertRejected(write(false), "error.bundle.manifest");

        Path notJson = dir.resolve("bad.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(notJson))) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{not json".getBytes(StandardCharsets.UTF_8));
        }
        assertRejected(notJson, "error.bundle.manifest");
    }

    @Test
    void aRecordTheValidatorRefusesRejectsTheWholeBundle() throws IOException {
        records(RecordType.HAZARD, hazard(1));
        Path zip = write(true);

        assertThatThrownBy(() -> BundleArchive.open(zip, LIMIT, r -> {
            throw new DomainException("error.bundle.invalidRecord", "hazard", r.id(), "grade", "unknown");
        }, Progress.NONE)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.bundle.invalidRecord"));
    }

    @Test
    void onlyPlainLowerCaseEntryNamesAreSafe() {
        assertThat(BundleArchive.safe("records/hazard.jsonl")).isTrue();
        assertThat(BundleArchive.safe("attachments/" + "0".repeat(64))).isTrue();
        for (String bad : List.of("/records/hazard.jsonl", "records/../x.jsonl", "records\\hazard.jsonl",
                "C:/x", "records/", "Records/hazard.jsonl", "attachments/xyz", "other/file")) {
            assertThat(BundleArchive.safe(bad)).as(bad).isFalse();
        }
    }

    private BundleArchive open(Path zip) {
        return BundleArchive.open(zip, LIMIT, ANY, Progress.NONE);
    }

    private static void assertRejected(Path zip, String key) {
        assertThatThrownBy(() -> BundleArchive.open(zip, LIMIT, ANY, Progress.NONE).close())
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private void records(RecordType type, TravellingRecord... records) {
        StringBuilder text = new StringBuilder();
        for (TravellingRecord r : records) {
            text.append(RecordJson.write(r)).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        raw(BundleArchive.recordsPath(type), bytes);
        counts.put(type.wireName(), records.length);
    }

    private void attachment(byte[] bytes) {
        String sha = BundleArchive.hex(BundleArchive.sha256().digest(bytes));
        raw("attachments/" + sha, bytes);
    }

    private void raw(String path, byte[] bytes) {
        contents.put(path, bytes);
        entries.add(new Manifest.Entry(path, bytes.length, BundleArchive.hex(BundleArchive.sha256().digest(bytes))));
    }

    private Path write(boolean manifestFirst) throws IOException {
        Manifest manifest = new Manifest(format, UUID.randomUUID(), BundleKind.RECORDS, OffsetDateTime.now(), "test",
                new Manifest.Party(new Fingerprint("A".repeat(40)), UUID.randomUUID(), InstallationRole.ENTERPRISE,
                        "江城化工"), new Fingerprint("B".repeat(40)), UUID.randomUUID(), new ChangeRange(1, 9, true),
                counts, entries);
        Path file = Files.createTempFile(dir, "bundle", ".zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            if (manifestFirst) {
                put(zip, BundleArchive.MANIFEST, ManifestJson.write(manifest));
            }
            for (Map.Entry<String, byte[]> e : contents.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
            if (!manifestFirst) {
                put(zip, BundleArchive.MANIFEST, ManifestJson.write(manifest));
            }
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static TravellingRecord hazard(int revision) {
        return new TravellingRecord(RecordType.HAZARD, UUID.fromString("0192f3c4-7a1e-7c3d-9b1a-5d2e8f4a6b10"), revision,
                10 + revision, OffsetDateTime.parse("2026-06-15T09:30:00+08:00"), false,
                Map.of("number", "YH-2026-06-0001", "description", "配电箱漏电"));
    }

    private static TravellingRecord unit() {
        return new TravellingRecord(RecordType.ORG_UNIT, UUID.randomUUID(), 1, 3,
                OffsetDateTime.parse("2026-06-15T09:30:00+08:00"), false, Map.of("name", "一车间"));
    }
}
