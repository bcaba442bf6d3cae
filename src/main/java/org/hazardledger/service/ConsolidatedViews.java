package org.hazardledger.service;

import java.text.Collator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.ConsolidatedHazard;
import org.hazardledger.model.ConsolidatedRecord;
import org.hazardledger.model.ConsolidatedUnionRecord;
import org.hazardledger.model.EnterpriseOverview;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.store.FederationRepository;
import org.hazardledger.store.FederationRepository.HazardFilter;
import org.hazardledger.store.FederationRepository.Received;
import org.hazardledger.store.StoreSession;

/**
 * Federation side: the consolidated views across the enterprises, read from the records received
 * from them, as steps inside a given transaction. Each enterprise is named by its latest received
 * ENTERPRISE record, else its key, else the start of its installation id.
 */
final class ConsolidatedViews {

    private static final List<String> OPEN_STATUSES = Arrays.stream(HazardStatus.values())
            .filter(HazardStatus::isOpen).map(Enum::name).toList();
    private static final List<String> STOP_KINDS = List.of(UnionRecordKind.STOP_PRODUCTION.name(),
            UnionRecordKind.EVACUATION.name());

    private ConsolidatedViews() {
    }

    /** See {@link FederationService#enterprises}. */
    static List<EnterpriseOverview> enterprises(StoreSession s, LocalDate today) {
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
    }

    /** See {@link FederationService#majorHazards}. */
    static List<ConsolidatedHazard> majorHazards(StoreSession s, UUID enterpriseInstallation, boolean openOnly) {
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
    }

    /** See {@link FederationService#enterpriseHazards}. */
    static List<ConsolidatedHazard> enterpriseHazards(StoreSession s, UUID enterpriseInstallation) {
        FederationRepository f = s.federation();
        Map<UUID, String> names = names(f);
        return f.hazards(enterpriseInstallation, new HazardFilter(false, false, false), null, OPEN_STATUSES,
                Grade.MAJOR.name()).stream().map(r -> hazard(r, names, null)).toList();
    }

    /** See {@link FederationService#listedHazards}. */
    static List<ConsolidatedHazard> listedHazards(StoreSession s) {
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
    }

    /** See {@link FederationService#overdueHazards}. */
    static List<ConsolidatedHazard> overdueHazards(StoreSession s, LocalDate today) {
        FederationRepository f = s.federation();
        Map<UUID, String> names = names(f);
        return f.hazards(null, new HazardFilter(false, true, true), today, OPEN_STATUSES, Grade.MAJOR.name())
                .stream().map(r -> hazard(r, names, null)).toList();
    }

    /** See {@link FederationService#stopProductionRecommendations}. */
    static List<ConsolidatedUnionRecord> stopProductionRecommendations(StoreSession s) {
        FederationRepository f = s.federation();
        Map<UUID, String> names = names(f);
        List<Received> rows = f.records(RecordType.UNION_RECORD, STOP_KINDS);
        List<TravellingRecord> parsed = rows.stream()
                .map(r -> ReceivedFields.parse(RecordType.UNION_RECORD, r)).toList();
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
            LocalDate issuedOn = ReceivedFields.date(t, "issuedOn");
            out.add(new ConsolidatedUnionRecord(r.source(), names.get(r.source()), r.id(), r.number(),
                    UnionRecordKind.valueOf(r.kind()), issuedOn == null ? r.foundOn() : issuedOn, hazardNumbers,
                    t == null ? r.summary() : t.text("recommendation"), ReceivedFields.date(t, "answeredOn")));
        }
        return out;
    }

    /** The received records of {@code type}, read generically (their fields as they travelled). */
    static List<ConsolidatedRecord> generic(StoreSession s, RecordType type) {
        FederationRepository f = s.federation();
        Map<UUID, String> names = names(f);
        return f.records(type, null).stream().map(r -> {
            TravellingRecord t = ReceivedFields.parse(type, r);
            return new ConsolidatedRecord(r.source(), names.get(r.source()), type, r.id(),
                    t == null ? Map.of() : t.fields());
        }).toList();
    }

    /**
     * Each known enterprise's name: the one in its latest received ENTERPRISE record, else its key's,
     * else the start of its installation id.
     */
    private static Map<UUID, String> names(FederationRepository f) {
        Map<UUID, String> names = f.knownEnterprises();
        for (Received r : f.records(RecordType.ENTERPRISE, null)) {
            TravellingRecord t = ReceivedFields.parse(RecordType.ENTERPRISE, r);
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
        return ReceivedFields.date(ReceivedFields.parse(RecordType.MAJOR_HAZARD_FILE, file), "listedOn");
    }

    private static Collection<UUID> hazardIds(TravellingRecord t, Received r) {
        List<UUID> ids = new ArrayList<>();
        Object listed = t == null ? null : t.fields().get("hazardIds");
        if (listed instanceof List) {
            for (Object o : (List<?>) listed) {
                UUID id = ReceivedFields.uuid(o.toString());
                if (id != null) {
                    ids.add(id);
                }
            }
        } else if (r.hazardId() != null) {
            ids.add(r.hazardId());
        }
        return ids;
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
