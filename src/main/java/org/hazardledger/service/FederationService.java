package org.hazardledger.service;

import java.text.Collator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.ConsolidatedHazard;
import org.hazardledger.model.ConsolidatedRecord;
import org.hazardledger.model.ConsolidatedUnionRecord;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.EnterpriseOverview;
import org.hazardledger.model.FederationNotice;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.model.NoticeDraft;
import org.hazardledger.model.NoticeKind;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.FederationRepository;
import org.hazardledger.store.FederationRepository.HazardFilter;
import org.hazardledger.store.FederationRepository.Received;
import org.hazardledger.store.Store;
import org.hazardledger.store.StoreSession;

/**
 * Federation mode (总工会): the enterprises whose bundles it holds, consolidated views across them, and
 * the notices it sends back; on the enterprise side, the notices received on a hazard. Each public
 * method is one transaction.
 */
public final class FederationService {

    private static final String ENTITY = "FEDERATION_NOTICE";
    private static final List<String> OPEN_STATUSES = Arrays.stream(HazardStatus.values())
            .filter(HazardStatus::isOpen).map(Enum::name).toList();
    private static final List<String> STOP_KINDS = List.of(UnionRecordKind.STOP_PRODUCTION.name(),
            UnionRecordKind.EVACUATION.name());

    private final Store store;
    private final UserSession session;

    public FederationService(Store store, UserSession session) {
        this.store = store;
        this.session = session;
    }

    // ---- notices (federation side) ----

    /** Federation side: the notices addressed to {@code enterpriseInstallation} changed within {@code range}. */
    public int collectFeedback(UUID enterpriseInstallation, ChangeRange range, Consumer<TravellingRecord> sink,
            Progress progress) {
        if (range.isEmpty()) {
            return 0;
        }
        return store.transact(s -> s.federation().noticesChanged(enterpriseInstallation, range.from(), range.to(),
                row -> {
                    progress.checkCancelled();
                    sink.accept(travelling(row));
                }));
    }

    /**
     * Writes a notice to one enterprise (federation mode only): validated field by field, one change
     * of the sequence, revision 1, audited.
     *
     * @throws ValidationException       the fields refused, each at its field
     * @throws DomainException           {@code error.federation.only} in an enterprise's ledger
     */
    public FederationNotice issueNotice(NoticeDraft draft) {
        Actor actor = session.actor();
        return store.transact(s -> {
            requireFederation(s);
            validate(s, draft);
            FederationNotice n = notice(s.newId(), 1, draft, actor.name());
            s.federation().insertNotice(n);
            s.events().append(actor.name(), ENTITY, n.id(), "ISSUE", payload(n).toJson());
            return n;
        });
    }

    /**
     * Changes a notice already written; {@code revision} is the one the user read. The addressee
     * cannot change. Returns the notice with its next revision.
     *
     * @throws org.hazardledger.store.StaleRecordException {@code error.notice.stale} when someone
     *                                                      saved it in between
     */
    public FederationNotice reviseNotice(UUID id, int revision, NoticeDraft draft) {
        Actor actor = session.actor();
        return store.transact(s -> {
            requireFederation(s);
            FederationNotice before = s.federation().notice(id)
                    .orElseThrow(() -> new DomainException("error.notice.notFound"));
            validate(s, draft);
            if (!before.enterpriseInstallation().equals(draft.enterpriseInstallation())) {
                throw new ValidationException(List.of(FieldError.of(NoticeDraft.ENTERPRISE,
                        "validation.notice.enterpriseFixed")));
            }
            FederationNotice after = s.federation().updateNotice(notice(id, revision, draft, actor.name()), revision);
            s.events().append(actor.name(), ENTITY, id, "REVISE", new EventPayload()
                    .put("revision", after.revision())
                    .change("kind", before.kind(), after.kind())
                    .change("hazardNumber", before.hazardNumber(), after.hazardNumber())
                    .change("documentNo", before.documentNo(), after.documentNo())
                    .change("title", before.title(), after.title())
                    .change("body", before.body(), after.body())
                    .change("verified", before.verified(), after.verified())
                    .change("issuedOn", before.issuedOn(), after.issuedOn()).toJson());
            return after;
        });
    }

    /** The notices written to one enterprise, newest first. */
    public List<FederationNotice> notices(UUID enterpriseInstallation) {
        return store.transact(s -> s.federation().notices(enterpriseInstallation));
    }

    // ---- consolidated views (federation side) ----

    /** Every enterprise known here (by its bundles, records or key), by name, with its figures on {@code today}. */
    public List<EnterpriseOverview> enterprises(LocalDate today) {
        return store.transact(s -> {
            FederationRepository f = s.federation();
            Map<UUID, String> names = names(f);
            Map<UUID, OffsetDateTime> last = f.lastBundles();
            Map<UUID, FederationRepository.HazardCounts> counts = f.hazardCounts(OPEN_STATUSES, Grade.MAJOR.name(),
                    today);
            Map<UUID, Integer> stops = f.countByKind(RecordType.UNION_RECORD, STOP_KINDS);
            Map<UUID, Integer> conflicts = f.openConflicts();
            Map<UUID, Integer> listed = new HashMap<>();
            for (Received[] pair : f.majorFiles()) {
                if (listedOn(pair[0]) != null) {
                    listed.merge(pair[0].source(), 1, Integer::sum);
                }
            }
            List<EnterpriseOverview> out = new ArrayList<>();
            FederationRepository.HazardCounts none = new FederationRepository.HazardCounts(0, 0, 0, 0);
            for (Map.Entry<UUID, String> e : names.entrySet()) {
                UUID id = e.getKey();
                FederationRepository.HazardCounts c = counts.getOrDefault(id, none);
                out.add(new EnterpriseOverview(id, e.getValue(), last.get(id), c.hazards(), c.open(), c.overdue(),
                        c.major(), listed.getOrDefault(id, 0), stops.getOrDefault(id, 0),
                        conflicts.getOrDefault(id, 0)));
            }
            Collator byName = Collator.getInstance(Locale.CHINA);
            out.sort(Comparator.comparing(EnterpriseOverview::name, byName)
                    .thenComparing(EnterpriseOverview::installation));
            return out;
        });
    }

    /** The major hazards received, of one enterprise or all ({@code enterpriseInstallation} null); open ones only if asked. */
    public List<ConsolidatedHazard> majorHazards(UUID enterpriseInstallation, boolean openOnly) {
        return store.transact(s -> {
            FederationRepository f = s.federation();
            Map<UUID, String> names = names(f);
            Map<UUID, LocalDate> listedOn = new HashMap<>();
            for (Received[] pair : f.majorFiles()) {
                LocalDate on = listedOn(pair[0]);
                if (on != null && pair[0].hazardId() != null) {
                    listedOn.put(pair[0].hazardId(), on);
                }
            }
            return f.hazards(enterpriseInstallation, new HazardFilter(true, openOnly, false), null, OPEN_STATUSES,
                    Grade.MAJOR.name()).stream().map(r -> hazard(r, names, listedOn.get(r.id()))).toList();
        });
    }

    /** Every hazard received from one enterprise (for naming the hazard a notice concerns). */
    public List<ConsolidatedHazard> enterpriseHazards(UUID enterpriseInstallation) {
        return store.transact(s -> {
            FederationRepository f = s.federation();
            Map<UUID, String> names = names(f);
            return f.hazards(enterpriseInstallation, new HazardFilter(false, false, false), null, OPEN_STATUSES,
                    Grade.MAJOR.name()).stream().map(r -> hazard(r, names, null)).toList();
        });
    }

    /** The major hazards listed for supervised rectification (挂牌督办): their received file has a listing date. */
    public List<ConsolidatedHazard> listedHazards() {
        return store.transact(s -> {
            FederationRepository f = s.federation();
            Map<UUID, String> names = names(f);
            List<ConsolidatedHazard> out = new ArrayList<>();
            for (Received[] pair : f.majorFiles()) {
                LocalDate on = listedOn(pair[0]);
                if (on == null) {
                    continue;
                }
                Received h = pair[1];
                if (h == null) {
                    out.add(new ConsolidatedHazard(pair[0].source(), names.get(pair[0].source()), pair[0].hazardId(),
                            pair[0].number(), pair[0].summary(), Grade.MAJOR, null, null, null, null, on));
                } else {
                    out.add(hazard(h, names, on));
                }
            }
            out.sort(Comparator.comparing(ConsolidatedHazard::listedOn).reversed());
            return out;
        });
    }

    /** The hazards received open with their deadline before {@code today}, of every enterprise. */
    public List<ConsolidatedHazard> overdueHazards(LocalDate today) {
        return store.transact(s -> {
            FederationRepository f = s.federation();
            Map<UUID, String> names = names(f);
            return f.hazards(null, new HazardFilter(false, true, true), today, OPEN_STATUSES, Grade.MAJOR.name())
                    .stream().map(r -> hazard(r, names, null)).toList();
        });
    }

    /** The union's stop-production and evacuation recommendations received, newest first per enterprise. */
    public List<ConsolidatedUnionRecord> stopProductionRecommendations() {
        return store.transact(s -> {
            FederationRepository f = s.federation();
            Map<UUID, String> names = names(f);
            List<Received> rows = f.records(RecordType.UNION_RECORD, STOP_KINDS);
            List<TravellingRecord> parsed = rows.stream().map(r -> parse(RecordType.UNION_RECORD, r)).toList();
            Set<UUID> wanted = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                wanted.addAll(hazardIds(parsed.get(i), rows.get(i)));
            }
            Map<UUID, String> numbers = f.hazardNumbers(wanted);
            List<ConsolidatedUnionRecord> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Received r = rows.get(i);
                TravellingRecord t = parsed.get(i);
                List<String> hazardNumbers = new ArrayList<>();
                Object listed = t == null ? null : t.fields().get("hazardNumbers");
                if (listed instanceof List) {
                    ((List<?>) listed).forEach(n -> hazardNumbers.add(n.toString()));
                } else {
                    hazardIds(t, r).stream().map(numbers::get).filter(n -> n != null).forEach(hazardNumbers::add);
                }
                LocalDate issuedOn = date(t, "issuedOn");
                out.add(new ConsolidatedUnionRecord(r.source(), names.get(r.source()), r.id(), r.number(),
                        UnionRecordKind.valueOf(r.kind()), issuedOn == null ? r.foundOn() : issuedOn, hazardNumbers,
                        t == null ? r.summary() : t.text("recommendation"), date(t, "answeredOn")));
            }
            return out;
        });
    }

    /** The compliance records received, read generically (their fields as they travelled). */
    public List<ConsolidatedRecord> compliance() {
        return generic(RecordType.COMPLIANCE);
    }

    /** The campaign figures received, read generically (their fields as they travelled). */
    public List<ConsolidatedRecord> campaignFigures() {
        return generic(RecordType.CAMPAIGN_FIGURE);
    }

    private List<ConsolidatedRecord> generic(RecordType type) {
        return store.transact(s -> {
            FederationRepository f = s.federation();
            Map<UUID, String> names = names(f);
            return f.records(type, null).stream().map(r -> {
                TravellingRecord t = parse(type, r);
                return new ConsolidatedRecord(r.source(), names.get(r.source()), type, r.id(),
                        t == null ? Map.of() : t.fields());
            }).toList();
        });
    }

    // ---- enterprise side ----

    /** Enterprise side: the federation's notices on one of this ledger's hazards, newest first. */
    public List<FederationNotice> noticesOnHazard(UUID hazardId) {
        return store.transact(s -> newestFirst(s.federation().recordsOnHazard(RecordType.FEDERATION_NOTICE,
                hazardId)));
    }

    /** Enterprise side: every notice received from the federation (those on the whole enterprise too), newest first. */
    public List<FederationNotice> enterpriseNotices() {
        return store.transact(s -> newestFirst(s.federation().records(RecordType.FEDERATION_NOTICE, null)));
    }

    // ---- helpers ----

    private static void requireFederation(StoreSession s) {
        if (InstallationOperations.installation(s).role() != InstallationRole.FEDERATION) {
            throw new DomainException("error.federation.only");
        }
    }

    private static void validate(StoreSession s, NoticeDraft draft) {
        List<FieldError> errors = new ArrayList<>(draft.validate(LocalDate.now(s.clock())));
        if (draft.enterpriseInstallation() != null
                && !s.federation().knownEnterprises().containsKey(draft.enterpriseInstallation())) {
            errors.add(0, FieldError.of(NoticeDraft.ENTERPRISE, "validation.notice.enterpriseUnknown"));
        } else if (draft.enterpriseInstallation() != null && draft.hazardId() != null
                && !s.federation().hasHazard(draft.enterpriseInstallation(), draft.hazardId())) {
            errors.add(FieldError.of(NoticeDraft.HAZARD, "validation.notice.hazardUnknown"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static FederationNotice notice(UUID id, int revision, NoticeDraft d, String issuedBy) {
        boolean onHazard = d.hazardId() != null;
        return new FederationNotice(id, revision, d.enterpriseInstallation(), d.kind(), d.hazardId(),
                onHazard ? d.hazardNumber() : null, d.documentNo(), d.title(), d.body(), d.verified(), d.issuedOn(),
                issuedBy);
    }

    private static EventPayload payload(FederationNotice n) {
        return new EventPayload().put("enterprise", n.enterpriseInstallation()).put("kind", n.kind())
                .put("hazardNumber", n.hazardNumber()).put("documentNo", n.documentNo()).put("title", n.title())
                .put("verified", n.verified()).put("issuedOn", n.issuedOn());
    }

    /** A notice as it travels in a feedback bundle (federation_notice). */
    static TravellingRecord travelling(FederationRepository.NoticeRow row) {
        FederationNotice n = row.notice();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("enterpriseInstallation", n.enterpriseInstallation().toString());
        fields.put("kind", n.kind().name());
        fields.put("hazardId", n.hazardId() == null ? null : n.hazardId().toString());
        fields.put("hazardNumber", n.hazardNumber());
        fields.put("documentNo", n.documentNo());
        fields.put("title", n.title());
        fields.put("body", n.body());
        fields.put("verified", n.verified());
        fields.put("issuedOn", n.issuedOn().toString());
        fields.put("issuedBy", n.issuedBy());
        return new TravellingRecord(RecordType.FEDERATION_NOTICE, n.id(), n.revision(), row.changeSeq(),
                row.updatedAt(), row.deleted(), fields);
    }

    /** A received federation_notice record as a notice; null when it cannot be read. */
    static FederationNotice notice(TravellingRecord t) {
        try {
            NoticeKind kind = NoticeKind.valueOf(t.text("kind"));
            String hazard = t.text("hazardId");
            Object verified = t.fields().get("verified");
            return new FederationNotice(t.id(), t.revision(), uuid(t.text("enterpriseInstallation")), kind,
                    hazard == null ? null : UUID.fromString(hazard), t.text("hazardNumber"), t.text("documentNo"),
                    t.text("title"), t.text("body"), verified instanceof Boolean ? (Boolean) verified : null,
                    date(t, "issuedOn"), t.text("issuedBy"));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static List<FederationNotice> newestFirst(List<Received> rows) {
        List<FederationNotice> out = new ArrayList<>();
        for (Received r : rows) {
            TravellingRecord t = parse(RecordType.FEDERATION_NOTICE, r);
            FederationNotice n = t == null ? null : notice(t);
            if (n != null) {
                out.add(n);
            }
        }
        out.sort(Comparator.comparing(FederationNotice::issuedOn, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    /**
     * Each known enterprise's name: the one in its latest received ENTERPRISE record, else its key's,
     * else the start of its installation id.
     */
    private static Map<UUID, String> names(FederationRepository f) {
        Map<UUID, String> names = f.knownEnterprises();
        for (Received r : f.records(RecordType.ENTERPRISE, null)) {
            TravellingRecord t = parse(RecordType.ENTERPRISE, r);
            String name = t == null ? null : t.text("name");
            if (name == null || name.isBlank()) {
                name = r.summary();
            }
            if (name != null && !name.isBlank()) {
                names.put(r.source(), name);
            }
        }
        names.replaceAll((id, name) -> name == null ? id.toString().substring(0, 8) : name);
        return names;
    }

    private static ConsolidatedHazard hazard(Received r, Map<UUID, String> names, LocalDate listedOn) {
        return new ConsolidatedHazard(r.source(), names.get(r.source()), r.id(), r.number(), r.summary(),
                constant(Grade.class, r.grade()), constant(HazardStatus.class, r.status()), r.foundOn(),
                r.deadline(), r.closedOn(), listedOn);
    }

    private static LocalDate listedOn(Received file) {
        return date(parse(RecordType.MAJOR_HAZARD_FILE, file), "listedOn");
    }

    private static Collection<UUID> hazardIds(TravellingRecord t, Received r) {
        List<UUID> ids = new ArrayList<>();
        Object listed = t == null ? null : t.fields().get("hazardIds");
        if (listed instanceof List) {
            for (Object o : (List<?>) listed) {
                UUID id = uuid(o.toString());
                if (id != null) {
                    ids.add(id);
                }
            }
        } else if (r.hazardId() != null) {
            ids.add(r.hazardId());
        }
        return ids;
    }

    /** The received payload read back; null when it does not read (it was checked when it arrived). */
    private static TravellingRecord parse(RecordType type, Received r) {
        try {
            return RecordJson.read(type, r.payload(), 1);
        } catch (DomainException e) {
            return null;
        }
    }

    private static LocalDate date(TravellingRecord t, String field) {
        String text = t == null ? null : t.text(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
