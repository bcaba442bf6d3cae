package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hazardledger.model.Attachment;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.model.AttachmentStatus;
import org.hazardledger.model.Hazard;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MB file is attached by a JVM whose whole heap is 64 MB: the store streams, it never holds
 * the file in memory. (A byte[] of the content alone would not fit.)
 */
class BigAttachmentTest {

    private static final long SIZE = 200L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void a200MegabyteFileIsAttachedWithA64MegabyteHeap() throws Exception {
        Hazard valve;
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            valve = ledger.hazards.register(ledger.initialiseSmall().leakingValve(LedgerFixture.TODAY));
        }
        String expected = sha256Of(new GeneratedContent(SIZE, 42));

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(java.toString(), "-Xmx64m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), BigAttachmentMain.class.getName(),
                dir.toString(), valve.id().toString(), Long.toString(SIZE))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = child.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(ended).as("child ended").isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("sha256=" + expected + " size=" + SIZE);
        try (LedgerFixture reopened = new LedgerFixture(dir)) {
            List<Attachment> attached = reopened.attachments.list(AttachmentOwnerKind.HAZARD, valve.id());
            assertThat(attached).singleElement().satisfies(a -> {
                assertThat(a.sha256()).isEqualTo(expected);
                assertThat(a.size()).isEqualTo(SIZE);
            });
            Path stored = reopened.store.attachmentFiles().path(expected);
            assertThat(Files.size(stored)).isEqualTo(SIZE);
            assertThat(reopened.attachments.verify(attached.get(0))).isEqualTo(AttachmentStatus.PRESENT);
        }
    }

    private static String sha256Of(java.io.InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (DigestInputStream d = new DigestInputStream(in, digest)) {
            byte[] buffer = new byte[64 * 1024];
            while (d.read(buffer) >= 0) {
                // hashing as it reads
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
