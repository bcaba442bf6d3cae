package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazardledger.model.BundleKind;
import org.hazardledger.model.BundleLogEntry;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo enterprise's full records bundle, at the ledger level: valid, repeatable, idempotent to apply. */
class ExchangeDemoTest {

    @TempDir
    Path dir;

    @Test
    void theDemoTravelsWholeAndAppliesOnceThenChangesNothing() {
        LedgerFixture demo = DemoLedger.shared();
        ExchangeRecordsService records = demo.exchange.records();
        ChangeRange full = new ChangeRange(1, records.lastChangeSeq(), true);
        List<String> lines = new ArrayList<>();
        List<IncomingRecord> incoming = new ArrayList<>();
        Map<RecordType, Integer> counts = new EnumMap<>(RecordType.class);
        RecordValidator validator = new RecordValidator();
        int n = records.collectRecords(full, r -> {
            String line = RecordJson.write(r);
            TravellingRecord read = RecordJson.read(r.type(), line, lines.size() + 1);
            validator.validate(read);
            lines.add(line);
            incoming.add(new IncomingRecord(read, line));
            counts.merge(r.type(), 1, Integer::sum);
        }, Progress.NONE);
        assertThat(n).isEqualTo(lines.size());
        assertThat(counts.get(RecordType.HAZARD)).isGreaterThan(1_000);
        assertThat(counts).containsKeys(RecordType.ENTERPRISE, RecordType.ORG_UNIT, RecordType.PERSON,
                RecordType.MAJOR_HAZARD_FILE, RecordType.UNION_RECORD, RecordType.INSPECTION_ROUND,
                RecordType.COMPLIANCE, RecordType.RISK_POINT, RecordType.ATTACHMENT, RecordType.CAMPAIGN_FIGURE);

        // the same ledger gives the same bytes: a re-sent record is never a false conflict
        List<String> again = new ArrayList<>();
        records.collectRecords(full, r -> again.add(RecordJson.write(r)), Progress.NONE);
        assertThat(again).isEqualTo(lines);

        try (LedgerFixture federation = new LedgerFixture(dir)) {
            UUID sender = UUID.randomUUID();
            ApplyResult first = federation.exchange.records().apply(entry(sender, full, n), incoming, Progress.NONE);
            assertThat(first.inserted()).isEqualTo(n);
            ApplyResult second = federation.exchange.records().apply(entry(sender, full, n), incoming, Progress.NONE);
            assertThat(second.unchanged()).isEqualTo(n);
            assertThat(second.conflicts()).isZero();
            assertThat(federation.exchange.records().log()).hasSize(2);
        }
    }

    private static BundleLogEntry entry(UUID sender, ChangeRange range, int count) {
        return new BundleLogEntry(UUID.randomUUID(), BundleLogEntry.Direction.RECEIVED, BundleKind.RECORDS,
                new Fingerprint("C".repeat(40)), sender, new Fingerprint("D".repeat(40)), UUID.randomUUID(), range,
                count, OffsetDateTime.parse("2026-06-15T09:00:00+08:00"), null, null, "demo.hlb", null);
    }
}
