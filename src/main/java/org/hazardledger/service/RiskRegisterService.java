package org.hazardledger.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.Lec;
import org.hazardledger.model.LecFactorOption;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.RiskColourTable;
import org.hazardledger.model.RiskPoint;
import org.hazardledger.model.RiskPointDraft;
import org.hazardledger.model.RiskPointRow;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.StaleRecordException;
import org.hazardledger.store.Store;
import org.hazardledger.store.StoreSession;

/**
 * The risk register (双重预防): risk points per unit graded by LEC and coloured by the enterprise's
 * table, and the link from a hazard to the risk point it belongs to. Each public method is one
 * transaction. Clerks and administrators change any point; a unit head the points of the units it
 * answers for.
 */
public final class RiskRegisterService {

    static final String ENTITY = "risk_point";
    static final String COLOUR_TABLE = "lec_band";

    private final Store store;
    private final UserSession session;

    public RiskRegisterService(Store store, UserSession session) {
        this.store = store;
        this.session = session;
    }

    /** Whether the signed-in user may add and change risk points (in its scope). */
    public boolean canEdit() {
        AccountRole role = session.actor().role();
        return role == null || role == AccountRole.CLERK || role == AccountRole.ADMIN || role == AccountRole.UNIT_HEAD;
    }

    /** Whether the signed-in user may change the colour table (clerk or administrator). */
    public boolean canEditColours() {
        return OrganisationOperations.mayEdit(session.actor());
    }

    /** The points of a unit and the units below it (null: every unit), most severe first. */
    public List<RiskPointRow> list(UUID unitId) {
        return store.transact(s -> rows(s, unitId == null ? Set.of() : OrganisationOperations.subtree(s, unitId)));
    }

    public Optional<RiskPoint> point(UUID id) {
        return store.transact(s -> s.riskRegister().byId(id));
    }

    public RiskPoint create(RiskPointDraft draft) {
        return store.transact(s -> {
            Actor actor = session.actor();
            check(s, draft);
            requireScope(s, actor, draft.unitId());
            Lec lec = draft.lec().orElseThrow();
            RiskPoint p = new RiskPoint(s.newId(), 1, draft.unitId(), draft.name().strip(), strip(draft.location()),
                    draft.hazardFactors().strip(), lec, s.riskRegister().colourTable().colourOf(lec),
                    draft.controlMeasures().strip(), draft.responsibleId(), false);
            s.riskRegister().insert(p);
            s.events().append(actor.name(), ENTITY, p.id(), "CREATE", payload(p).toJson());
            return p;
        });
    }

    /** Changes a point; {@code revision} is the one the user saw (a change in between is refused as stale). */
    public RiskPoint update(UUID id, int revision, RiskPointDraft draft) {
        return Conflicts.explained(() -> store.transact(s -> {
            Actor actor = session.actor();
            RiskPoint seen = load(s, id, revision);
            requireScope(s, actor, seen.unitId());
            check(s, draft);
            requireScope(s, actor, draft.unitId());
            Lec lec = draft.lec().orElseThrow();
            RiskPoint changed = s.riskRegister().update(new RiskPoint(id, revision, draft.unitId(), draft.name().strip(),
                    strip(draft.location()), draft.hazardFactors().strip(), lec,
                    s.riskRegister().colourTable().colourOf(lec), draft.controlMeasures().strip(),
                    draft.responsibleId(), seen.retired()));
            s.events().append(actor.name(), ENTITY, id, "UPDATE", payload(changed).toJson());
            return changed;
        }), stale -> Conflicts.record(store, ENTITY, id, "error.riskPoint.stale", stale));
    }

    /** Retires a point no longer present; its linked hazards keep the link. */
    public RiskPoint retire(UUID id, int revision) {
        return Conflicts.explained(() -> store.transact(s -> {
            Actor actor = session.actor();
            RiskPoint p = load(s, id, revision);
            requireScope(s, actor, p.unitId());
            RiskPoint retired = s.riskRegister().update(new RiskPoint(p.id(), p.revision(), p.unitId(), p.name(),
                    p.location(), p.hazardFactors(), p.lec(), p.colour(), p.controlMeasures(), p.responsibleId(), true));
            s.events().append(actor.name(), ENTITY, id, "RETIRE", new EventPayload().put("name", p.name()).toJson());
            return retired;
        }), stale -> Conflicts.record(store, ENTITY, id, "error.riskPoint.stale", stale));
    }

    /** The hazards linked to a risk point, newest first. */
    public List<HazardRow> hazards(UUID riskPointId) {
        return store.transact(s -> s.riskRegister().hazardsOf(riskPointId, LocalDate.now(s.clock())));
    }

    /** The risk point a hazard is linked to. */
    public Optional<RiskPoint> riskPointOf(UUID hazardId) {
        return store.transact(s -> s.riskRegister().riskPointOf(hazardId).flatMap(id -> s.riskRegister().byId(id)));
    }

    /**
     * The points a hazard may be linked to: those of its unit, of the units above it (a team's hazard
     * may belong to its workshop's point) and of the units below it; retired ones left out.
     */
    public List<RiskPointRow> candidates(UUID hazardId) {
        return store.transact(s -> {
            Hazard h = s.hazards().byId(hazardId)
                    .orElseThrow(() -> new DomainException("error.hazard.notFound", hazardId.toString()));
            return rows(s, linkable(s, h.registration().unitId()));
        });
    }

    /** Links a hazard to a risk point; {@code revision} is the hazard's as the user saw it. */
    public void link(UUID hazardId, int revision, UUID riskPointId) {
        Conflicts.explained(() -> store.transact(s -> {
            Actor actor = session.actor();
            Hazard h = loadHazard(s, hazardId, revision);
            requireLinkRight(s, actor, h);
            RiskPoint p = s.riskRegister().byId(riskPointId)
                    .orElseThrow(() -> new DomainException("error.risk.notFound"));
            if (p.retired() || !linkable(s, h.registration().unitId()).contains(p.unitId())) {
                throw new ValidationException(List.of(FieldError.of("riskPoint", "validation.risk.outOfScope")));
            }
            s.riskRegister().link(h, riskPointId);
            s.events().append(actor.name(), HazardOperations.ENTITY, hazardId, "LINK_RISK_POINT",
                    new EventPayload().put("riskPoint", riskPointId).put("name", p.name()).toJson());
            return null;
        }), stale -> Conflicts.hazard(store, hazardId, stale));
    }

    public void unlink(UUID hazardId, int revision) {
        Conflicts.explained(() -> store.transact(s -> {
            Actor actor = session.actor();
            Hazard h = loadHazard(s, hazardId, revision);
            requireLinkRight(s, actor, h);
            Optional<UUID> was = s.riskRegister().riskPointOf(hazardId);
            if (was.isPresent()) {
                s.riskRegister().link(h, null);
                s.events().append(actor.name(), HazardOperations.ENTITY, hazardId, "UNLINK_RISK_POINT",
                        new EventPayload().put("riskPoint", was.get()).toJson());
            }
            return null;
        }), stale -> Conflicts.hazard(store, hazardId, stale));
    }

    /** The enterprise's colour of each LEC level. */
    public RiskColourTable colourTable() {
        return store.transact(s -> s.riskRegister().colourTable());
    }

    /** Saves the colour table (clerk or administrator) and recolours the points it changes. */
    public RiskColourTable saveColourTable(RiskColourTable table) {
        return store.transact(s -> {
            Actor actor = session.actor();
            if (!OrganisationOperations.mayEdit(actor)) {
                throw new DomainException("error.risk.coloursForbidden");
            }
            List<FieldError> errors = table.validate();
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            RiskColourTable before = s.riskRegister().colourTable();
            EventPayload p = new EventPayload();
            for (Lec.Level level : Lec.Level.values()) {
                RiskColour colour = table.colourOf(level);
                if (before.colourOf(level) != colour) {
                    s.riskRegister().saveColour(level, colour);
                    s.riskRegister().recolour(level, colour);
                    p.put(level.name(), colour);
                }
            }
            UUID enterprise = s.organisation().enterprise()
                    .orElseThrow(() -> new DomainException("error.ledger.notInitialised")).id();
            s.events().append(actor.name(), COLOUR_TABLE, enterprise, "SAVE_COLOURS", p.toJson());
            return s.riskRegister().colourTable();
        });
    }

    /** The values of an LEC factor ("L", "E" or "C") with their meaning, highest first. */
    public List<LecFactorOption> factorOptions(String factor) {
        List<BigDecimal> scale = switch (factor) {
            case "L" -> Lec.L_VALUES;
            case "E" -> Lec.E_VALUES;
            case "C" -> Lec.C_VALUES;
            default -> throw new IllegalArgumentException("no LEC factor " + factor);
        };
        Map<BigDecimal, String[]> labels = store.transact(s -> s.riskRegister().factorLabels(factor));
        List<LecFactorOption> options = new ArrayList<>();
        for (BigDecimal v : scale) {
            String[] l = labels.get(v.stripTrailingZeros());
            options.add(new LecFactorOption(factor, v, l == null ? v.toPlainString() : l[0],
                    l == null ? v.toPlainString() : l[1]));
        }
        return options;
    }

    // --- steps ---------------------------------------------------------------------------------

    private static List<RiskPointRow> rows(StoreSession s, Set<UUID> units) {
        Map<UUID, int[]> counts = s.riskRegister().hazardCounts();
        Map<UUID, String> unitNames = new java.util.HashMap<>();
        s.organisation().units().forEach(u -> unitNames.put(u.id(), u.name()));
        Map<UUID, String> people = new java.util.HashMap<>();
        return s.riskRegister().list(units, false).stream().map(p -> {
            int[] c = counts.getOrDefault(p.id(), new int[2]);
            String responsible = p.responsibleId() == null ? null : people.computeIfAbsent(p.responsibleId(),
                    id -> s.people().byId(id).map(Person::name).orElse(null));
            return new RiskPointRow(p, unitNames.get(p.unitId()), OrganisationOperations.unitPath(s, p.unitId()),
                    responsible, c[0], c[1]);
        }).toList();
    }

    private static Set<UUID> linkable(StoreSession s, UUID unitId) {
        Set<UUID> units = new HashSet<>(OrganisationOperations.subtree(s, unitId));
        UUID at = s.organisation().unit(unitId).map(OrgUnit::parentId).orElse(null);
        for (int depth = 0; at != null && depth < 16; depth++) {
            units.add(at);
            at = s.organisation().unit(at).map(OrgUnit::parentId).orElse(null);
        }
        return units;
    }

    private static void check(StoreSession s, RiskPointDraft draft) {
        List<FieldError> errors = new ArrayList<>(draft.validate());
        if (draft.unitId() != null && s.organisation().unit(draft.unitId()).filter(u -> !u.retired()).isEmpty()) {
            errors.add(FieldError.of(RiskPointDraft.UNIT, "validation.unit.unknown"));
        }
        if (draft.responsibleId() != null && s.people().byId(draft.responsibleId()).isEmpty()) {
            errors.add(FieldError.of("responsible", "validation.person.unknown"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Clerks and administrators anywhere; a unit head within the units it answers for; no one else. */
    private static void requireScope(StoreSession s, Actor actor, UUID unitId) {
        AccountRole role = actor.role();
        if (OrganisationOperations.mayEdit(actor)) {
            return;
        }
        if (role == AccountRole.UNIT_HEAD
                && (actor.scopeUnitId() == null || OrganisationOperations.isWithin(s, unitId, actor.scopeUnitId()))) {
            return;
        }
        throw new DomainException("error.risk.forbidden");
    }

    private static void requireLinkRight(StoreSession s, Actor actor, Hazard h) {
        requireScope(s, actor, h.registration().unitId());
    }

    private static RiskPoint load(StoreSession s, UUID id, int revision) {
        RiskPoint p = s.riskRegister().byId(id).orElseThrow(() -> new DomainException("error.risk.notFound"));
        if (p.revision() != revision) {
            throw new StaleRecordException("error.riskPoint.stale", p.name());
        }
        return p;
    }

    private static Hazard loadHazard(StoreSession s, UUID id, int revision) {
        Hazard h = s.hazards().byId(id)
                .orElseThrow(() -> new DomainException("error.hazard.notFound", id.toString()));
        if (h.revision() != revision) {
            throw new StaleRecordException(h.number().toString());
        }
        return h;
    }

    private static EventPayload payload(RiskPoint p) {
        return new EventPayload().put("unit", p.unitId()).put("name", p.name()).put("location", p.location())
                .put("hazardFactors", p.hazardFactors()).put("L", p.lec().likelihood()).put("E", p.lec().exposure())
                .put("C", p.lec().consequence()).put("D", p.lec().score()).put("level", p.level())
                .put("colour", p.colour()).put("controlMeasures", p.controlMeasures())
                .put("responsible", p.responsibleId());
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
