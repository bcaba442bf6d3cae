package org.hazardledger.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardNumber;
import org.hazardledger.model.ImportCheck;
import org.hazardledger.model.ImportLine;
import org.hazardledger.model.ImportMode;
import org.hazardledger.model.ImportOptions;
import org.hazardledger.model.ImportOutcome;
import org.hazardledger.model.ImportProblem;
import org.hazardledger.model.LedgerField;
import org.hazardledger.model.MajorCriterion;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Rectification;
import org.hazardledger.model.Registration;
import org.hazardledger.model.Role;
import org.hazardledger.model.Outcome;
import org.hazardledger.store.EventLog;
import org.hazardledger.store.HazardRepository;
import org.hazardledger.store.StoreSession;

/**
 * The import of sheet lines into the ledger, as steps inside one transaction (S07; decision 0017).
 *
 * <p>Who: a clerk or an administrator answering for the whole enterprise, or a process without an
 * account (the command line); anyone else is refused with {@code error.sheetImport.notAllowed}.
 *
 * <p>How: {@link #plan} reads what it needs ONCE (units, people, catalogue, the ledger's numbers, the
 * content keys of the hazards found in the sheet's date range, the month counters) and checks every
 * row ({@link SheetHazards} turns a line into a hazard with its defaults and checks); it writes
 * nothing, so {@code check()} and {@code importLines()} give the same problems. {@link #write} then
 * creates the units and people the valid rows need (parents first), gives each hazard its number (a
 * free ledger-form number is kept and its month's counter moved past it; any other number is replaced
 * by the next number of the found month and kept in the audit payload as {@code sheetNumber}),
 * inserts the hazards in batches with one audit event each (action IMPORT), and one event for the
 * import as a whole. ALL_OR_NOTHING with any problem writes nothing; VALID_ONLY writes the valid rows.
 * Progress hears each row; a cancel throws and the transaction rolls back.
 */
final class SheetImportOperations {

    static final String ENTITY_IMPORT = "sheet_import";
    static final String ACTION = "IMPORT";
    private static final int BATCH = 1_000;

    private SheetImportOperations() {
    }

    /** A clerk or an administrator for the whole enterprise, or a process without an account. */
    static boolean mayImport(Actor actor) {
        AccountRole role = actor.role();
        return role == null
                || (role == AccountRole.CLERK || role == AccountRole.ADMIN) && actor.scopeUnitId() == null;
    }

    static void requireImporter(Actor actor) {
        if (!mayImport(actor)) {
            throw new DomainException("error.sheetImport.notAllowed");
        }
    }

    /** One row looked at: its problems, and the hazard it becomes (with planned ids) when it has none. */
    record RowPlan(ImportLine line, List<ImportProblem> problems, Hazard hazard, HazardNumber keptNumber,
                   String sheetNumber) {

        boolean valid() {
            return problems.isEmpty() && hazard != null;
        }
    }

    /** Every row looked at, the check, and what the valid rows need created. */
    record Plan(List<RowPlan> rows, ImportCheck check, SheetResolver names, Set<String> numbers) {
    }

    static Plan plan(StoreSession s, List<ImportLine> lines, ImportOptions options, Progress progress) {
        LocalDate today = LocalDate.now(s.clock());
        SheetResolver names = SheetResolver.load(s, options);
        Set<String> numbers = s.hazards().numbers();
        List<MajorCriterion> criteria = s.riskRegister().criteria();
        Map<SheetHazards.Key, String> ledgerKeys = ledgerKeys(s, lines);
        SheetHazards convert = new SheetHazards(names, criteria, today, s.clock().instant());
        Map<SheetHazards.Key, Integer> sheetKeys = new HashMap<>();
        Map<String, Integer> sheetNumbers = new HashMap<>();
        List<RowPlan> rows = new ArrayList<>(lines.size());
        List<ImportProblem> problems = new ArrayList<>();
        int i = 0;
        for (ImportLine line : lines) {
            if (++i % 256 == 0) {
                progress.checkCancelled();
            }
            SheetHazards.Converted c = convert.convert(line);
            List<ImportProblem> p = new ArrayList<>(c.problems());
            HazardNumber kept = null;
            String sheetNumber = line.line().text(LedgerField.NUMBER);
            HazardNumber parsed = parseNumber(sheetNumber);
            if (parsed != null) {
                String canonical = parsed.toString();
                Integer earlier = sheetNumbers.putIfAbsent(canonical, line.row());
                if (numbers.contains(canonical)) {
                    p.add(ImportProblem.of(line.row(), LedgerField.NUMBER, sheetNumber,
                            "sheet.check.duplicateNumber", canonical));
                } else if (earlier != null) {
                    p.add(ImportProblem.of(line.row(), LedgerField.NUMBER, sheetNumber,
                            "sheet.check.numberRepeated", String.valueOf(earlier)));
                } else {
                    kept = parsed;
                }
            }
            if (c.key() != null) {
                String existing = ledgerKeys.get(c.key());
                Integer earlier = sheetKeys.putIfAbsent(c.key(), line.row());
                if (existing != null) {
                    p.add(ImportProblem.of(line.row(), null, null, "sheet.check.duplicate", existing));
                } else if (earlier != null) {
                    p.add(ImportProblem.of(line.row(), null, null, "sheet.check.duplicateInSheet", String.valueOf(earlier)));
                }
            }
            problems.addAll(p);
            rows.add(new RowPlan(line, List.copyOf(p), p.isEmpty() ? c.hazard() : null, kept,
                    parsed == null ? sheetNumber : null));
        }
        ImportCheck check = new ImportCheck(lines.size(), problems, names.unknownUnits(), names.unknownPeople(),
                names.unknownCategories());
        return new Plan(rows, check, names, numbers);
    }

    private static HazardNumber parseNumber(String text) {
        if (text == null) {
            return null;
        }
        try {
            return HazardNumber.parse(text);
        } catch (DomainException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The content keys of the hazards found within the sheet's date range, read once. */
    private static Map<SheetHazards.Key, String> ledgerKeys(StoreSession s, List<ImportLine> lines) {
        LocalDate from = null;
        LocalDate to = null;
        for (ImportLine l : lines) {
            LocalDate d = l.line().date(LedgerField.FOUND_ON);
            if (d != null) {
                from = from == null || d.isBefore(from) ? d : from;
                to = to == null || d.isAfter(to) ? d : to;
            }
        }
        Map<SheetHazards.Key, String> out = new HashMap<>();
        if (from != null) {
            for (HazardRepository.ContentKey k : s.hazards().contentKeys(from, to)) {
                out.putIfAbsent(new SheetHazards.Key(k.foundOn(), k.unitId(), k.place(), k.description()),
                        k.number());
            }
        }
        return out;
    }

    static ImportOutcome write(StoreSession s, Actor actor, Plan plan, ImportOptions options, Progress progress) {
        ImportCheck check = plan.check();
        List<RowPlan> valid = plan.rows().stream().filter(RowPlan::valid).toList();
        if (valid.isEmpty() || options.mode() == ImportMode.ALL_OR_NOTHING && !check.clean()) {
            return new ImportOutcome(false, List.of(), 0, 0, check);
        }
        UUID enterpriseId = s.organisation().enterprise().map(Enterprise::id)
                .orElseThrow(() -> new DomainException("error.ledger.notInitialised"));
        Map<UUID, UUID> ids = new HashMap<>();
        int unitsCreated = createUnits(s, actor, plan.names(), valid, ids);
        int peopleCreated = createPeople(s, actor, plan.names(), valid, ids);

        Set<String> taken = new HashSet<>(plan.numbers());
        Map<YearMonth, Integer> last = new HashMap<>(s.hazards().counters());
        for (RowPlan r : valid) {
            if (r.keptNumber() != null) {
                taken.add(r.keptNumber().toString());
                last.merge(r.keptNumber().month(), r.keptNumber().sequence(), Math::max);
            }
        }
        Instant now = s.clock().instant();
        List<String> numbers = new ArrayList<>(valid.size());
        List<Hazard> hazards = new ArrayList<>(BATCH);
        List<EventLog.Pending> events = new ArrayList<>(BATCH);
        Set<YearMonth> months = new LinkedHashSet<>();
        int done = 0;
        for (RowPlan r : valid) {
            progress.checkCancelled();
            HazardNumber number = r.keptNumber();
            if (number == null) {
                YearMonth month = YearMonth.from(r.hazard().registration().foundOn());
                int next = last.getOrDefault(month, 0);
                do {
                    next++;
                } while (taken.contains(new HazardNumber(month, next).toString()));
                number = new HazardNumber(month, next);
                taken.add(number.toString());
                last.put(month, next);
            }
            months.add(number.month());
            Hazard h = remap(r.hazard(), s.newId(), number, ids, now);
            hazards.add(h);
            events.add(new EventLog.Pending(actor.name(), HazardOperations.ENTITY, h.id(), ACTION,
                    payload(h, r, options).toJson()));
            numbers.add(number.toString());
            if (hazards.size() == BATCH) {
                flush(s, enterpriseId, hazards, events);
            }
            progress.update(++done, valid.size());
        }
        flush(s, enterpriseId, hazards, events);
        for (YearMonth m : months) {
            s.hazards().reserveNumbers(m, last.get(m));
        }
        s.events().append(actor.name(), ENTITY_IMPORT, s.newId(), ACTION, new EventPayload()
                .put("fileName", options.fileName()).put("mode", options.mode()).put("rows", check.rows())
                .put("imported", numbers.size()).put("invalidRows", check.invalidRows().size())
                .put("unitsCreated", unitsCreated).put("peopleCreated", peopleCreated).toJson());
        return new ImportOutcome(true, numbers, unitsCreated, peopleCreated, check);
    }

    private static void flush(StoreSession s, UUID enterpriseId, List<Hazard> hazards, List<EventLog.Pending> events) {
        s.hazards().insertAll(enterpriseId, hazards);
        s.events().appendAll(events);
        hazards.clear();
        events.clear();
    }

    /** Creates the planned units the valid rows need (their own and their people's), parents first. */
    private static int createUnits(StoreSession s, Actor actor, SheetResolver names, List<RowPlan> valid,
                                   Map<UUID, UUID> ids) {
        Set<UUID> needed = new HashSet<>();
        for (RowPlan r : valid) {
            needUnit(names, r.hazard().registration().unitId(), needed);
            for (Person p : plannedPeopleOf(names, r.hazard())) {
                needUnit(names, p.unitId(), needed);
            }
        }
        int created = 0;
        for (OrgUnit u : names.plannedUnits()) {
            if (!needed.contains(u.id())) {
                continue;
            }
            String code = u.code();
            for (int n = 1; s.organisation().unitByCode(code).isPresent(); n++) {
                code = u.code() + "-" + n;
            }
            OrgUnit real = OrganisationOperations.addUnit(s, actor, u.parentId() == null ? null : ids.get(u.parentId()),
                    u.tier(), code, u.name());
            ids.put(u.id(), real.id());
            created++;
        }
        return created;
    }

    private static void needUnit(SheetResolver names, UUID unitId, Set<UUID> needed) {
        names.plannedChain(unitId).forEach(u -> needed.add(u.id()));
    }

    private static int createPeople(StoreSession s, Actor actor, SheetResolver names, List<RowPlan> valid,
                                    Map<UUID, UUID> ids) {
        Set<UUID> needed = new HashSet<>();
        for (RowPlan r : valid) {
            plannedPeopleOf(names, r.hazard()).forEach(p -> needed.add(p.id()));
        }
        UUID enterpriseId = s.organisation().enterprise().map(Enterprise::id).orElseThrow();
        int created = 0;
        for (Person p : names.plannedPeople()) {
            if (!needed.contains(p.id())) {
                continue;
            }
            String employeeNo = p.employeeNo();
            for (int n = 1; s.people().byEmployeeNo(enterpriseId, employeeNo).isPresent(); n++) {
                employeeNo = p.employeeNo() + "-" + n;
            }
            Person real = OrganisationOperations.addPerson(s, actor, ids.getOrDefault(p.unitId(), p.unitId()),
                    employeeNo, p.name(), Role.WORKER);
            ids.put(p.id(), real.id());
            created++;
        }
        return created;
    }

    private static List<Person> plannedPeopleOf(SheetResolver names, Hazard h) {
        List<Person> out = new ArrayList<>();
        for (UUID id : peopleIds(h)) {
            Person p = id == null ? null : names.plannedPerson(id);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<UUID> peopleIds(Hazard h) {
        List<UUID> out = new ArrayList<>();
        out.add(h.registration().finderId());
        if (h.rectification() != null) {
            out.add(h.rectification().responsibleId());
            out.add(h.rectification().acceptorId());
        }
        out.add(h.outcome().recheckerId());
        return out;
    }

    /** The planned hazard with its real id, number and the ids of units and people now created. */
    private static Hazard remap(Hazard h, UUID id, HazardNumber number, Map<UUID, UUID> ids, Instant now) {
        Registration g = h.registration();
        Registration reg = new Registration(map(ids, g.unitId()), g.place(), g.foundOn(), map(ids, g.finderId()),
                g.anonymous(), g.source(), g.category(), g.form(), g.description());
        Rectification x = h.rectification();
        Rectification rect = x == null ? null : new Rectification(x.measures(), x.interimSafeguards(),
                map(ids, x.responsibleId()), x.deadline(), x.funds(), x.acceptanceStandard(), map(ids, x.acceptorId()));
        Outcome o = h.outcome();
        Outcome out = new Outcome(o.rectifiedOn(), o.acceptanceResult(), o.acceptedOn(), o.closedOn(),
                map(ids, o.recheckerId()), o.recheckedOn());
        return new Hazard(id, 1, number, h.status(), reg, h.grading(), rect, out, h.handling(), now, now);
    }

    private static UUID map(Map<UUID, UUID> ids, UUID id) {
        return id == null ? null : ids.getOrDefault(id, id);
    }

    private static EventPayload payload(Hazard h, RowPlan r, ImportOptions options) {
        Registration reg = h.registration();
        var g = h.grading();
        return new EventPayload().put("number", h.number()).put("row", r.line().row())
                .put("fileName", options.fileName()).put("sheetNumber", r.sheetNumber())
                .put("status", h.status()).put("unit", reg.unitId()).put("place", reg.place())
                .put("foundOn", reg.foundOn()).put("finder", reg.finderId()).put("anonymous", reg.anonymous())
                .put("source", reg.source()).put("category", reg.category()).put("form", reg.form())
                .put("description", reg.description()).put("grade", g.grade()).put("subGrade", g.subGrade())
                .put("majorReason", g.majorReason()).put("riskColour", g.riskColour())
                .put("rectifyingTier", g.rectifyingTier())
                .put("majorCriterion", g.citation() == null ? null : g.citation().code())
                .put("majorCriterionVersion", g.citation() == null ? null : g.citation().version())
                .put("responsible", h.rectification() == null ? null : h.rectification().responsibleId())
                .put("deadline", h.rectification() == null ? null : h.rectification().deadline())
                .put("closedOn", h.outcome().closedOn());
    }
}
