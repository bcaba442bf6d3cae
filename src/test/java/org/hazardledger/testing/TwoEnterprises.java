package org.hazardledger.testing;

import static java.time.LocalDate.of;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hazardledger.model.RecordType;
import org.hazardledger.store.ReceivedRows;

/** A federation ledger's received data from two enterprises, written straight into the received records. */
public final class TwoEnterprises {

    public static final UUID A = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
    public static final UUID B = UUID.fromString("bbbbbbbb-0000-4000-8000-000000000002");
    public static final UUID A_OVERDUE = UUID.randomUUID();
    public static final UUID A_MAJOR = UUID.randomUUID();
    public static final UUID A_CLOSED = UUID.randomUUID();
    public static final UUID B_MAJOR = UUID.randomUUID();

    private TwoEnterprises() {
    }

    /** Enterprise A: 3 hazards (1 overdue, 1 major listed with a stop-production recommendation); B: 1 major overdue. */
    public static void load(LedgerFixture ledger) {
        ReceivedRows a = new ReceivedRows(ledger.database, A);
        a.record(RecordType.ENTERPRISE, UUID.randomUUID()).field("name", "江城化工集团").save();
        a.record(RecordType.HAZARD, A_OVERDUE).number("YH-2026-0001").grade("GENERAL").status("REGISTERED")
                .foundOn(of(2026, 5, 1)).deadline(of(2026, 6, 1)).summary("阀门泄漏").save();
        a.record(RecordType.HAZARD, A_MAJOR).number("YH-2026-0002").grade("MAJOR").status("RECTIFYING")
                .foundOn(of(2026, 5, 2)).deadline(of(2026, 7, 1)).summary("储罐区无可燃气体报警").save();
        a.record(RecordType.HAZARD, A_CLOSED).number("YH-2026-0003").grade("MAJOR").status("CLOSED")
                .foundOn(of(2026, 1, 2)).deadline(of(2026, 2, 1)).summary("已整改").save();
        a.record(RecordType.MAJOR_HAZARD_FILE, UUID.randomUUID()).hazard(A_MAJOR, null)
                .field("listedOn", of(2026, 5, 20)).field("listedBy", "市应急管理局").save();
        a.record(RecordType.UNION_RECORD, UUID.randomUUID()).number("GH-2026-0001").kind("STOP_PRODUCTION")
                .hazard(A_MAJOR, null).field("issuedOn", of(2026, 5, 3))
                .field("hazardIds", List.of(A_MAJOR.toString())).field("recommendation", "立即停产整改").save();
        a.record(RecordType.COMPLIANCE, UUID.randomUUID()).field("unit", "一厂").field("required", 4L)
                .field("done", 3L).save();
        a.bundleWritten(OffsetDateTime.parse("2026-06-10T08:00:00+08:00"));
        a.bundleWritten(OffsetDateTime.parse("2026-06-12T08:00:00+08:00"));
        a.openConflict(RecordType.HAZARD, A_OVERDUE);

        ReceivedRows b = new ReceivedRows(ledger.database, B);
        b.record(RecordType.ENTERPRISE, UUID.randomUUID()).field("name", "北湖煤矿").save();
        b.record(RecordType.HAZARD, B_MAJOR).number("YH-2026-0001").grade("MAJOR").status("AWAITING_ACCEPTANCE")
                .foundOn(of(2026, 4, 1)).deadline(of(2026, 6, 10)).summary("巷道支护失效").save();
        b.record(RecordType.HAZARD, UUID.randomUUID()).number("YH-2026-0009").grade("GENERAL").status("REGISTERED")
                .deadline(of(2026, 1, 1)).deleted().save();
        b.record(RecordType.MAJOR_HAZARD_FILE, UUID.randomUUID()).hazard(B_MAJOR, null).save();
        b.record(RecordType.UNION_RECORD, UUID.randomUUID()).number("GH-2026-0001").kind("PROPOSAL")
                .hazard(B_MAJOR, null).save();
        b.record(RecordType.CAMPAIGN_FIGURE, UUID.randomUUID()).field("period", "2026-Q2").field("found", 12L)
                .save();
    }
}
