package org.hazardledger.service;

import java.nio.file.Path;
import java.util.UUID;
import org.hazardledger.model.Attachment;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.testing.LedgerFixture;

/**
 * Run by {@link BigAttachmentTest} in a JVM with a small heap: attaches a large generated file to a
 * hazard of the ledger in {@code args[0]} and prints the stored hash. Exits non-zero on any failure,
 * an OutOfMemoryError included.
 */
public final class BigAttachmentMain {

    private BigAttachmentMain() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        UUID hazard = UUID.fromString(args[1]);
        long length = Long.parseLong(args[2]);
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            Attachment a = ledger.attachments.attach(AttachmentOwnerKind.HAZARD, hazard, AttachmentKind.DOCUMENT,
                    new GeneratedContent(length, 42), "measurements.bin");
            System.out.println("sha256=" + a.sha256() + " size=" + a.size());
        }
    }
}
