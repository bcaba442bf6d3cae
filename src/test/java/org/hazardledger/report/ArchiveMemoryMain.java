package org.hazardledger.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture;

/** Run by {@link ArchiveMemoryTest} in a JVM with a small heap: prints one workshop's archive. */
public final class ArchiveMemoryMain {

    private ArchiveMemoryMain() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        UUID unit = UUID.fromString(args[1]);
        LocalDate from = LocalDate.parse(args[2]);
        LocalDate to = LocalDate.parse(args[3]);
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            long start = System.nanoTime();
            PrintedForm form = ledger.reports.print(new FormRequest.Archive(Tier.WORKSHOP, unit, from, to));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("pages=" + form.pages() + " bytes=" + form.pdf().length + " millis=" + millis);
        }
    }
}
