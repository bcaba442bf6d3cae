package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.model.BundleKind;
import org.hazardledger.model.BundleLogEntry;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.Person;
import org.hazardledger.model.RecordConflict;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.Role;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.model.RoundItemResult;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.model.UnionRecord;
import org.hazardledger.model.UnionRecordDraft;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.store.ReceivedRecordRepository;
import org.hazardledger.store.ExportedColumns;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which records travel, and how received ones are applied: real H2 ledgers. */
class ExchangeRecordsServiceTest {

    private static final Fingerprint SENDER_KEY = new Fingerprint("A".repeat(40));
    private static final Fingerprint RECIPIENT_KEY = new Fingerprint("B".repeat(40));
    private static final UUID RECIPIENT = UUID.fromString("00000000-0000-4000-8000-0000000000bb");
    private static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-06-14T10:00:00+08:00");
    private static final String PHONE = "13800138000";

    @TempDir
    Path dir;
    LedgerFixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private ExchangeRecordsService records() {
        return f.exchange.records();
    }

    /** A small enterprise with two hazards (one anonymous), a union proposal, a round with a failure, a photo. */
    private record Built(LedgerFixture.SmallEnterprise e, Hazard open, Hazard anonymous, Person reporter,
            UnionRecord proposal, InspectionRound round) {
    }

    private Built build() {
        f = new LedgerFixture(dir);
        LedgerFixture.SmallEnterprise e = f.initialiseSmall();
        Person reporter = f.organisation.addPerson(e.post().id(), "E0099", "匿名举报人", Role.WORKER);
        Hazard open = f.registerAssigned(e, LedgerFixture.TODAY);
        Hazard anonymous = f.hazards.register(e.leakingValve(LedgerFixture.TODAY));
        f.attachments.attach(AttachmentOwnerKind.HAZARD, open.id(), AttachmentKind.BEFORE,
                new ByteArrayInputStream("photo".getBytes(StandardCharsets.UTF_8)), "阀门.jpg");
        RoundDraft ok = RoundDraft.allOk(e.team().id(), LedgerFixture.TODAY, List.of(e.leader().id(),
                e.director().id()), f.rounds.checklistFor(e.team().id()));
        List<RoundItemResult> results = new ArrayList<>(ok.results());
        results.set(1, results.get(1).withAnswer(RoundAnswer.FAILED, "压力表: 指针不归零"));
        InspectionRound round = f.rounds.record(new RoundDraft(ok.unitId(), ok.heldOn(), ok.inspectorIds(),
                ok.checklistCode(), results, ok.note()));
        f.signIn("车间分会主席 (chair)", AccountRole.UNION_MEMBER, e.workshop());
        UnionRecord proposal = f.union.issue(new UnionRecordDraft(UnionRecordKind.PROPOSAL,
                List.of(open.number().toString(), anonymous.number().toString()), LedgerFixture.TODAY,
                LedgerFixture.TODAY, "进料阀渗漏，积液未清理", "立即更换垫片并清理积液"));
        f.session.signIn(LedgerFixture.CLERK);
        // what no editor writes yet: a phone number, and an anonymous report whose finder is on record
        f.close();
        LedgerSql.execute(dir, "UPDATE person SET phone = ?", PHONE);
        LedgerSql.execute(dir, "UPDATE hazard SET anonymous = TRUE, finder_id = ? WHERE id = ?", reporter.id(),
                anonymous.id());
        f = new LedgerFixture(dir);
        return new Built(e, open, anonymous, reporter, proposal, round);
    }

    private List<TravellingRecord> collect(ChangeRange range) {
        List<TravellingRecord> out = new ArrayList<>();
        int n = records().collectRecords(range, out::add, Progress.NONE);
        assertThat(n).isEqualTo(out.size());
        return out;
    }

    private static TravellingRecord only(List<TravellingRecord> all, RecordType type, UUID id) {
        return all.stream().filter(r -> r.type() == type && r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFullCollectCarriesEveryTypeInOrderWithTheAllowListedFieldsOnly() {
        Built b = build();
        long last = records().lastChangeSeq();
        assertThat(last).isPositive();
        List<TravellingRecord> all = collect(new ChangeRange(1, last, true));

        // type by type, in RecordType order
        List<RecordType> order = all.stream().map(TravellingRecord::type).distinct().toList();
        assertThat(order).containsExactly(RecordType.ENTERPRISE, RecordType.ORG_UNIT, RecordType.PERSON,
                RecordType.HAZARD, RecordType.UNION_RECORD, RecordType.INSPECTION_ROUND, RecordType.COMPLIANCE,
                RecordType.ATTACHMENT, RecordType.CAMPAIGN_FIGURE);
        assertThat(all.stream().map(TravellingRecord::type).toList()).isSortedAccordingTo(Enum::compareTo);
        assertThat(all).filteredOn(r -> r.type() == RecordType.PERSON).hasSize(4);

        TravellingRecord hazard = only(all, RecordType.HAZARD, b.open().id());
        assertThat(hazard.fields().keySet()).containsExactlyElementsOf(ExportedColumns.fieldNames(RecordType.HAZARD));
        assertThat(hazard.fields()).containsEntry("number", b.open().number().toString())
                .containsEntry("foundOn", "2026-06-15").containsEntry("grade", "GENERAL")
                .containsEntry("status", b.open().status().name()).containsEntry("funds", "800.00")
                .containsEntry("anonymous", false).containsEntry("reopenCount", 0L)
                .containsEntry("finderId", b.e().worker().id().toString())
                .containsEntry("unitId", b.e().post().id().toString());
        assertThat(hazard.text("createdAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*\\+08:00");
        assertThat(hazard.revision()).isEqualTo(b.open().revision());

        TravellingRecord anonymous = only(all, RecordType.HAZARD, b.anonymous().id());
        assertThat(anonymous.fields()).containsEntry("anonymous", true).containsEntry("finderId", null);

        TravellingRecord person = only(all, RecordType.PERSON, b.e().worker().id());
        assertThat(person.fields()).containsEntry("name", "王小明").containsEntry("role", "WORKER")
                .doesNotContainKeys("phone", "employeeNo");

        TravellingRecord union = only(all, RecordType.UNION_RECORD, b.proposal().id());
        assertThat((List<Object>) union.fields().get("hazardIds")).containsExactlyInAnyOrder(
                b.open().id().toString(), b.anonymous().id().toString());
        assertThat(union.fields()).containsEntry("kind", "PROPOSAL").containsEntry("replyDays", (long) b.proposal()
                .replyDays());

        TravellingRecord round = only(all, RecordType.INSPECTION_ROUND, b.round().id());
        assertThat(round.fields()).containsEntry("inspectorId", b.e().leader().id().toString())
                .containsEntry("inspectorIds", List.of(b.e().director().id().toString()))
                .containsEntry("failedCount", 1L);
        assertThat((List<Object>) round.fields().get("itemResults")).singleElement().asString()
                .endsWith(":FAILED:压力表: 指针不归零");

        TravellingRecord photo = all.stream().filter(r -> r.type() == RecordType.ATTACHMENT).findFirst().orElseThrow();
        assertThat(photo.fields()).containsEntry("ownerKind", "HAZARD").containsEntry("ownerId",
                b.open().id().toString()).containsEntry("fileName", "阀门.jpg").containsEntry("sizeBytes", 5L);

        TravellingRecord compliance = all.stream().filter(r -> r.type() == RecordType.COMPLIANCE)
                .filter(r -> r.text("unitId").equals(b.e().team().id().toString())).findFirst().orElseThrow();
        assertThat(compliance.fields()).containsEntry("month", "2026-06").containsEntry("tier", "TEAM");
        assertThat((Long) compliance.fields().get("held")).isPositive();
        assertThat(compliance.revision()).isEqualTo((int) last);
        assertThat(compliance.id()).isEqualTo(UUID.nameUUIDFromBytes(("compliance:" + b.e().team().id()
                + ":2026-06").getBytes(StandardCharsets.UTF_8)));
        TravellingRecord campaign = all.stream().filter(r -> r.type() == RecordType.CAMPAIGN_FIGURE).findFirst()
                .orElseThrow();
        assertThat(campaign.fields()).containsEntry("period", "2026-Q2").containsEntry("found", 2L)
                .containsEntry("unionProposals", 1L);

        // what leaves the ledger, byte for byte: no phone anywhere, the anonymous finder only as a person
        RecordValidator validator = new RecordValidator();
        for (TravellingRecord r : all) {
            String line = RecordJson.write(r);
            assertThat(line).doesNotContain(PHONE);
            if (r.type() != RecordType.PERSON) {
                assertThat(line).as(line).doesNotContain(b.reporter().id().toString());
            }
            validator.validate(RecordJson.read(r.type(), line, 1));
        }
    }

    @Test
    void anIncrementalRangeOnlyCarriesLaterChangesAndTombstones() {
        Built b = build();
        long before = records().lastChangeSeq();
        Hazard third = f.hazards.register(b.e().leakingValve(LedgerFixture.TODAY.minusDays(100)));
        var photo = f.attachments.list(AttachmentOwnerKind.HAZARD, b.open().id()).get(0);
        f.attachments.remove(photo.id(), photo.revision());
        long after = records().lastChangeSeq();
        assertThat(after).isGreaterThan(before);

        List<TravellingRecord> later = collect(new ChangeRange(before + 1, after, false));
        assertThat(later).extracting(TravellingRecord::type).containsExactly(RecordType.HAZARD,
                RecordType.ATTACHMENT, RecordType.CAMPAIGN_FIGURE);
        assertThat(later.get(0).id()).isEqualTo(third.id());
        assertThat(later.get(1).deleted()).isTrue();
        assertThat(later.get(1).id()).isEqualTo(photo.id());
        assertThat(later.get(2).text("period")).isEqualTo("2026-Q1");
        assertThat(later).allMatch(r -> r.changeSeq() > before && r.changeSeq() <= after);
        assertThat(collect(new ChangeRange(after + 1, after, false))).isEmpty();
    }

    // ------------------------------------------------------------------------------------------
    // applying

    private static BundleLogEntry entry(UUID bundleId, BundleKind kind, UUID sender, int count) {
        return new BundleLogEntry(bundleId, BundleLogEntry.Direction.RECEIVED, kind, SENDER_KEY, sender,
                RECIPIENT_KEY, RECIPIENT, new ChangeRange(1, 100, true), count, CREATED, null, null, "b.hlb", null);
    }

    private static IncomingRecord hazardLine(UUID id, int revision, String description) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("createdAt", "2026-06-01T08:00:00+08:00");
        fields.put("enterpriseId", "0190c3a0-0000-7000-8000-000000000000");
        fields.put("number", "YH-2026-06-" + String.format("%04d", Math.abs(id.hashCode() % 10000)));
        fields.put("unitId", "0190c3a0-0000-7000-8000-000000000001");
        fields.put("place", "2号反应釜");
        fields.put("foundOn", "2026-06-0" + (1 + revision % 9));
        fields.put("anonymous", false);
        fields.put("source", "POST_CHECK");
        fields.put("category", "EQUIPMENT_DEFECT");
        fields.put("hazardForm", "UNSAFE_STATE");
        fields.put("description", description);
        fields.put("grade", "GENERAL");
        fields.put("rectifyingTier", "TEAM");
        fields.put("status", "RECTIFYING");
        fields.put("deadline", "2026-07-01");
        fields.put("reopenCount", 0L);
        TravellingRecord r = new TravellingRecord(RecordType.HAZARD, id, revision, revision * 10L,
                OffsetDateTime.parse("2026-06-1" + (revision % 10) + "T08:00:00+08:00"), false, fields);
        return new IncomingRecord(r, RecordJson.write(r));
    }

    private List<ReceivedRecordRepository.Received> held(UUID source) {
        return f.store.transact(s -> s.receivedRecords().receivedFrom(source));
    }

    private ApplyResult apply(UUID bundle, UUID sender, IncomingRecord... lines) {
        return records().apply(entry(bundle, BundleKind.RECORDS, sender, lines.length), List.of(lines),
                Progress.NONE);
    }

    @Test
    void insertUpdateUnchangedAndConflictAndTheProjection() {
        f = new LedgerFixture(dir);
        f.initialiseSmall();
        UUID sender = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();

        ApplyResult first = apply(UUID.randomUUID(), sender, hazardLine(a, 1, "渗漏"), hazardLine(b, 2, "积液"));
        assertThat(first).extracting(ApplyResult::inserted, ApplyResult::updated, ApplyResult::unchanged,
                ApplyResult::conflicts).containsExactly(2, 0, 0, 0);
        ReceivedRecordRepository.Received stored = held(sender).stream().filter(r -> r.id().equals(a)).findFirst()
                .orElseThrow();
        assertThat(stored.hazardId()).isEqualTo(a);
        assertThat(stored.status()).isEqualTo("RECTIFYING");
        assertThat(stored.summary()).isEqualTo("渗漏");
        assertThat(stored.deadline()).hasToString("2026-07-01");

        // a higher revision replaces; a lower one and the same content change nothing; another content of
        // the same revision is a conflict and the stored record stays
        ApplyResult second = apply(UUID.randomUUID(), sender, hazardLine(a, 2, "渗漏加重"), hazardLine(b, 1, "旧"));
        assertThat(second).extracting(ApplyResult::inserted, ApplyResult::updated, ApplyResult::unchanged,
                ApplyResult::conflicts).containsExactly(0, 1, 1, 0);
        ApplyResult third = apply(UUID.randomUUID(), sender, hazardLine(a, 2, "渗漏加重"), hazardLine(b, 2, "别的内容"));
        assertThat(third).extracting(ApplyResult::unchanged, ApplyResult::conflicts).containsExactly(1, 1);
        assertThat(held(sender)).filteredOn(r -> r.id().equals(b)).singleElement()
                .extracting(ReceivedRecordRepository.Received::summary).isEqualTo("积液");
        // the same conflict again is counted but not stored twice
        assertThat(apply(UUID.randomUUID(), sender, hazardLine(b, 2, "别的内容")).conflicts()).isEqualTo(1);
        List<RecordConflict> open = records().conflicts(true);
        assertThat(open).singleElement().satisfies(c -> {
            assertThat(c.recordId()).isEqualTo(b);
            assertThat(c.keptPayload()).contains("积液");
            assertThat(c.incomingPayload()).contains("别的内容");
        });

        // taking the incoming value replaces the payload; resolving twice is refused; both are audited
        RecordConflict taken = records().resolve(open.get(0).id(), RecordConflict.Resolution.TAKEN);
        assertThat(taken.resolution()).isEqualTo(RecordConflict.Resolution.TAKEN);
        assertThat(taken.resolvedBy()).isEqualTo(LedgerFixture.CLERK.name());
        assertThat(held(sender)).filteredOn(r -> r.id().equals(b)).singleElement()
                .extracting(ReceivedRecordRepository.Received::summary).isEqualTo("别的内容");
        assertThatThrownBy(() -> records().resolve(taken.id(), RecordConflict.Resolution.KEPT))
                .isInstanceOfSatisfying(DomainException.class,
                        d -> assertThat(d.messageKey()).isEqualTo("error.conflict.resolved"));
        assertThat(records().conflicts(true)).isEmpty();
        assertThat(records().conflicts(false)).hasSize(1);

        apply(UUID.randomUUID(), sender, hazardLine(a, 2, "第三种"));
        RecordConflict kept = records().resolve(records().conflicts(true).get(0).id(), RecordConflict.Resolution.KEPT);
        assertThat(held(sender)).filteredOn(r -> r.id().equals(a)).singleElement()
                .extracting(ReceivedRecordRepository.Received::summary).isEqualTo("渗漏加重");
        assertThat(f.audit.history(kept.id())).isNotEmpty();
        assertThat(f.audit.verify().isIntact()).isTrue();
    }

    @Test
    void aBundleAppliedOnceIsRefusedTheSecondTimeAndLogged() {
        f = new LedgerFixture(dir);
        f.initialiseSmall();
        UUID sender = UUID.randomUUID();
        UUID bundle = UUID.randomUUID();
        apply(bundle, sender, hazardLine(UUID.randomUUID(), 1, "渗漏"));
        assertThat(records().received(bundle)).get().satisfies(e -> {
            assertThat(e.direction()).isEqualTo(BundleLogEntry.Direction.RECEIVED);
            assertThat(e.recordCount()).isEqualTo(1);
            assertThat(e.processedBy()).isEqualTo(LedgerFixture.CLERK.name());
        });
        assertThatThrownBy(() -> apply(bundle, sender, hazardLine(UUID.randomUUID(), 1, "别的")))
                .isInstanceOfSatisfying(DomainException.class, d -> {
                    assertThat(d.messageKey()).isEqualTo("error.bundle.replay");
                    assertThat(d.args()).containsExactly("2026-06-15", bundle.toString());
                });
        assertThat(held(sender)).hasSize(1);
        assertThat(records().log()).hasSize(1);
        assertThat(f.audit.history(bundle)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("BUNDLE_IMPORTED"));
    }

    @Test
    void cancellingRollsEverythingBack() {
        f = new LedgerFixture(dir);
        f.initialiseSmall();
        UUID sender = UUID.randomUUID();
        UUID bundle = UUID.randomUUID();
        Progress cancelAfterTwo = new Progress() {
            long seen;

            @Override
            public void update(long done, long total) {
                seen = done;
            }

            @Override
            public boolean isCancelled() {
                return seen >= 2;
            }
        };
        List<IncomingRecord> lines = List.of(hazardLine(UUID.randomUUID(), 1, "一"),
                hazardLine(UUID.randomUUID(), 1, "二"), hazardLine(UUID.randomUUID(), 1, "三"));
        assertThatThrownBy(() -> records().apply(entry(bundle, BundleKind.RECORDS, sender, 3), lines,
                cancelAfterTwo)).isInstanceOf(CancellationException.class);
        assertThat(held(sender)).isEmpty();
        assertThat(records().received(bundle)).isEmpty();
        assertThat(records().log()).isEmpty();
    }

    @Test
    void anInvalidRecordRefusesTheWholeBundle() {
        f = new LedgerFixture(dir);
        f.initialiseSmall();
        UUID sender = UUID.randomUUID();
        IncomingRecord good = hazardLine(UUID.randomUUID(), 1, "好");
        Map<String, Object> bad = new LinkedHashMap<>(good.record().fields());
        bad.put("status", "FIXED");
        TravellingRecord r = new TravellingRecord(RecordType.HAZARD, UUID.randomUUID(), 1, 1, CREATED, false, bad);
        assertThatThrownBy(() -> apply(UUID.randomUUID(), sender, good, new IncomingRecord(r, RecordJson.write(r))))
                .isInstanceOfSatisfying(DomainException.class,
                        d -> assertThat(d.messageKey()).isEqualTo("error.bundle.invalidRecord"));
        assertThat(held(sender)).isEmpty();
    }

    /** Out of order, the same state: for random revisions, applying B then A equals A then B. */
    @Test
    void bundlesAppliedInEitherOrderConverge() {
        f = new LedgerFixture(dir);
        f.initialiseSmall();
        Random random = new Random(20261129L);
        for (int trial = 0; trial < 12; trial++) {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ids.add(UUID.randomUUID());
            }
            List<IncomingRecord> a = new ArrayList<>();
            List<IncomingRecord> b = new ArrayList<>();
            for (UUID id : ids) {
                // the same revision always has the same content (as one sender writes it)
                if (random.nextInt(4) > 0) {
                    int rev = 1 + random.nextInt(3);
                    a.add(hazardLine(id, rev, "内容 " + id + " r" + rev));
                }
                if (random.nextInt(4) > 0) {
                    int rev = 1 + random.nextInt(3);
                    b.add(hazardLine(id, rev, "内容 " + id + " r" + rev));
                }
            }
            Collections.shuffle(a, random);
            Collections.shuffle(b, random);
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();
            apply(UUID.randomUUID(), first, a.toArray(IncomingRecord[]::new));
            apply(UUID.randomUUID(), first, b.toArray(IncomingRecord[]::new));
            apply(UUID.randomUUID(), second, b.toArray(IncomingRecord[]::new));
            apply(UUID.randomUUID(), second, a.toArray(IncomingRecord[]::new));
            assertThat(state(second)).as("trial %d", trial).isEqualTo(state(first));
            assertThat(state(first)).hasSize((int) java.util.stream.Stream.concat(a.stream(), b.stream())
                    .map(l -> l.record().id()).distinct().count());
        }
        assertThat(records().conflicts(false)).isEmpty();
    }

    /** What a received record holds, without where it came from. */
    private List<String> state(UUID source) {
        return held(source).stream().map(r -> r.type() + " " + r.id() + " " + r.revision() + " " + r.payloadSha256()
                + " " + r.status() + " " + r.foundOn() + " " + r.summary()).sorted().collect(Collectors.toList());
    }

    @Test
    void derivedFiguresNeverConflictTheLaterOneWins() {
        f = new LedgerFixture(dir);
        f.initialiseSmall();
        UUID sender = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        IncomingRecord morning = compliance(id, "08:00", 3);
        IncomingRecord evening = compliance(id, "18:00", 1);
        apply(UUID.randomUUID(), sender, evening);
        assertThat(apply(UUID.randomUUID(), sender, morning).unchanged()).isEqualTo(1);
        assertThat(held(sender)).singleElement().extracting(ReceivedRecordRepository.Received::payload)
                .isEqualTo(evening.payload());
        assertThat(records().conflicts(false)).isEmpty();
    }

    private static IncomingRecord compliance(UUID id, String time, long missed) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("unitId", UUID.randomUUID().toString());
        fields.put("month", "2026-06");
        fields.put("required", 10L);
        fields.put("held", 10L - missed);
        fields.put("missed", missed);
        TravellingRecord r = new TravellingRecord(RecordType.COMPLIANCE, id, 40, 40,
                OffsetDateTime.parse("2026-06-15T" + time + ":00+08:00"), false, fields);
        return new IncomingRecord(r, RecordJson.write(r));
    }

    // ------------------------------------------------------------------------------------------
    // log and acknowledgements

    private BundleLogEntry sent(long from, long to) {
        BundleLogEntry e = new BundleLogEntry(UUID.randomUUID(), BundleLogEntry.Direction.SENT, BundleKind.RECORDS,
                RECIPIENT_KEY, UUID.randomUUID(), SENDER_KEY, RECIPIENT, new ChangeRange(from, to, from == 1), 3,
                CREATED, null, null, "out.hlb", null);
        records().recordSent(e);
        return e;
    }

    private static IncomingRecord receipt(UUID bundleId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", "RECORDS");
        fields.put("changeFrom", 1L);
        fields.put("changeTo", 10L);
        fields.put("full", true);
        fields.put("appliedAt", "2026-06-15T09:30:00+08:00");
        TravellingRecord r = new TravellingRecord(RecordType.BUNDLE_RECEIPT, bundleId, 1, 10, CREATED, false, fields);
        return new IncomingRecord(r, RecordJson.write(r));
    }

    @Test
    void acknowledgementsMarkSentBundlesAndTheAcknowledgedRunIsContiguous() {
        f = new LedgerFixture(dir);
        f.initialiseSmall();
        assertThat(records().acknowledgedUpTo(RECIPIENT)).isZero();
        BundleLogEntry one = sent(1, 10);
        BundleLogEntry two = sent(11, 20);
        BundleLogEntry three = sent(21, 30);
        assertThat(records().log()).hasSize(3).allMatch(e -> e.direction() == BundleLogEntry.Direction.SENT);

        ApplyResult ack = records().apply(entry(UUID.randomUUID(), BundleKind.ACKNOWLEDGEMENT, RECIPIENT, 3),
                List.of(receipt(one.bundleId()), receipt(three.bundleId()), receipt(UUID.randomUUID())),
                Progress.NONE);
        assertThat(ack.acknowledged()).isEqualTo(2);
        assertThat(ack.unknownReceipts()).isEqualTo(1);
        assertThat(records().acknowledgedUpTo(RECIPIENT)).isEqualTo(10);
        assertThat(records().acknowledgedUpTo(UUID.randomUUID())).isZero();

        records().apply(entry(UUID.randomUUID(), BundleKind.ACKNOWLEDGEMENT, RECIPIENT, 1),
                List.of(receipt(two.bundleId())), Progress.NONE);
        assertThat(records().acknowledgedUpTo(RECIPIENT)).isEqualTo(30);
        assertThat(records().log()).filteredOn(e -> e.direction() == BundleLogEntry.Direction.SENT)
                .allMatch(e -> e.acknowledgedAt() != null);
        // acknowledgements are not acknowledged in turn
        assertThat(records().collectReceipts(RECIPIENT, r -> { })).isZero();

        assertThat(ExchangeRecordsService.contiguous(List.of(new ChangeRange(1, 5, true),
                new ChangeRange(3, 8, false), new ChangeRange(10, 12, false)))).isEqualTo(8);
        assertThat(ExchangeRecordsService.contiguous(List.of(new ChangeRange(2, 5, false)))).isZero();
    }

    @Test
    void receiptsNameEveryRecordsBundleAppliedFromTheSender() {
        f = new LedgerFixture(dir);
        f.initialiseSmall();
        UUID sender = UUID.randomUUID();
        UUID bundle = UUID.randomUUID();
        apply(bundle, sender, hazardLine(UUID.randomUUID(), 1, "渗漏"));
        apply(UUID.randomUUID(), UUID.randomUUID(), hazardLine(UUID.randomUUID(), 1, "别人的"));
        List<TravellingRecord> receipts = new ArrayList<>();
        assertThat(records().collectReceipts(sender, receipts::add)).isEqualTo(1);
        TravellingRecord r = receipts.get(0);
        assertThat(r.type()).isEqualTo(RecordType.BUNDLE_RECEIPT);
        assertThat(r.id()).isEqualTo(bundle);
        assertThat(r.changeSeq()).isEqualTo(100);
        assertThat(r.fields()).containsEntry("kind", "RECORDS").containsEntry("changeFrom", 1L)
                .containsEntry("changeTo", 100L).containsEntry("full", true);
        new RecordValidator().validate(RecordJson.read(RecordType.BUNDLE_RECEIPT, RecordJson.write(r), 1));
    }

    // ------------------------------------------------------------------------------------------
    // validation and attachments

    private static void assertInvalid(TravellingRecord r, String field) {
        assertThatThrownBy(() -> new RecordValidator().validate(r)).isInstanceOfSatisfying(DomainException.class,
                d -> {
                    assertThat(d.messageKey()).isEqualTo("error.bundle.invalidRecord");
                    assertThat(d.args()).hasSize(4);
                    assertThat(d.args().get(0)).isEqualTo(r.type().wireName());
                    assertThat(d.args().get(1)).isEqualTo(r.id().toString());
                    assertThat(d.args().get(2)).isEqualTo(field);
                });
        try {
            new RecordValidator().validate(r);
        } catch (DomainException d) {
            assertThat(Messages.forLanguage("en").describe(d)).contains(field).contains(r.id().toString());
            assertThat(Messages.forLanguage("zh").describe(d)).contains(field);
        }
    }

    private static TravellingRecord withField(TravellingRecord r, String field, Object value) {
        Map<String, Object> fields = new LinkedHashMap<>(r.fields());
        fields.put(field, value);
        return new TravellingRecord(r.type(), r.id(), r.revision(), r.changeSeq(), r.updatedAt(), r.deleted(), fields);
    }

    @Test
    void validationNamesTheFieldThatIsWrong() {
        f = new LedgerFixture(dir);
        LedgerFixture.SmallEnterprise e = f.initialiseSmall();
        f.hazards.register(e.leakingValve(LedgerFixture.TODAY));
        List<TravellingRecord> all = collect(new ChangeRange(1, records().lastChangeSeq(), true));
        TravellingRecord hazard = all.stream().filter(r -> r.type() == RecordType.HAZARD).findFirst().orElseThrow();
        RecordValidator validator = new RecordValidator();
        all.forEach(validator::validate);
        // a newer minor version may add fields
        validator.validate(withField(hazard, "sealedPseudonym", "甲"));

        assertInvalid(withField(hazard, "foundOn", "2026-13-01"), "foundOn");
        assertInvalid(withField(hazard, "status", "FIXED"), "status");
        assertInvalid(withField(hazard, "unitId", null), "unitId");
        assertInvalid(withField(hazard, "unitId", "not-a-uuid"), "unitId");
        assertInvalid(withField(hazard, "reopenCount", "1"), "reopenCount");
        assertInvalid(withField(hazard, "place", "长".repeat(201)), "place");
        assertInvalid(withField(hazard, "anonymous", "yes"), "anonymous");
        assertInvalid(new TravellingRecord(RecordType.HAZARD, hazard.id(), 0, 1, CREATED, false, hazard.fields()),
                "revision");
        TravellingRecord photo = new TravellingRecord(RecordType.ATTACHMENT, UUID.randomUUID(), 1, 1, CREATED, false,
                Map.of("sha256", "../../etc/passwd", "sizeBytes", 1L, "mediaType", "image/jpeg", "fileName", "a.jpg",
                        "kind", "BEFORE", "ownerKind", "HAZARD", "ownerId", UUID.randomUUID().toString(),
                        "addedAt", "2026-06-15T09:30:00+08:00", "addedBy", "x"));
        assertInvalid(photo, "sha256");
        // a line without an id is not a record at all
        assertThatThrownBy(() -> RecordJson.read(RecordType.HAZARD,
                "{\"revision\":1,\"changeSeq\":1,\"updatedAt\":\"2026-06-15T09:30:00+08:00\",\"deleted\":false}", 7))
                .isInstanceOfSatisfying(DomainException.class,
                        d -> assertThat(d.messageKey()).isEqualTo("error.bundle.record"));
    }

    @Test
    void attachmentsAreStoredOnlyUnderTheirOwnHash() throws IOException {
        f = new LedgerFixture(dir);
        f.initialiseSmall();
        byte[] bytes = "照片内容".getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(sha256(bytes));
        String wrong = "0".repeat(64);
        assertThatThrownBy(() -> records().storeAttachment(wrong, new ByteArrayInputStream(bytes)))
                .isInstanceOfSatisfying(DomainException.class,
                        d -> assertThat(d.messageKey()).isEqualTo("error.bundle.attachmentHash"));
        assertThat(f.store.attachmentFiles().exists(sha)).isFalse();
        assertThatThrownBy(() -> records().openAttachment(sha)).isInstanceOfSatisfying(DomainException.class,
                d -> assertThat(d.messageKey()).isEqualTo("error.bundle.attachmentMissing"));

        records().storeAttachment(sha.toUpperCase(java.util.Locale.ROOT), new ByteArrayInputStream(bytes));
        try (InputStream in = records().openAttachment(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
