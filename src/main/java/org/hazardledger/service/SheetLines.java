package org.hazardledger.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.LedgerField;
import org.hazardledger.model.LedgerLine;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Rectification;
import org.hazardledger.store.StoreSession;

/**
 * Turns hazards into sheet lines inside one transaction: units as their path below the enterprise,
 * people by name, categories by their Chinese name, so the line means the same in another ledger.
 */
final class SheetLines {

    /** Between the names of a unit path ("一厂/机修车间"). */
    static final String PATH_SEPARATOR = "/";

    private final Map<UUID, OrgUnit> units;
    private final Map<UUID, String> people;
    private final Map<String, String> categories;

    private SheetLines(Map<UUID, OrgUnit> units, Map<UUID, String> people, Map<String, String> categories) {
        this.units = units;
        this.people = people;
        this.categories = categories;
    }

    static SheetLines of(StoreSession s) {
        return new SheetLines(
                s.organisation().units().stream().collect(Collectors.toMap(OrgUnit::id, Function.identity())),
                s.people().all().stream().collect(Collectors.toMap(Person::id, Person::name)),
                s.catalogs().list(CatalogEntry.HAZARD_CATEGORY).stream()
                        .collect(Collectors.toMap(CatalogEntry::code, CatalogEntry::nameZh, (a, b) -> a)));
    }

    /** The unit's names from its plant down, joined by {@link #PATH_SEPARATOR}. */
    String unitPath(UUID unitId) {
        List<String> names = new ArrayList<>();
        for (OrgUnit u = units.get(unitId); u != null; u = u.parentId() == null ? null : units.get(u.parentId())) {
            names.add(0, u.name());
        }
        return String.join(PATH_SEPARATOR, names);
    }

    LedgerLine line(Hazard h) {
        Map<LedgerField, Object> v = new EnumMap<>(LedgerField.class);
        var reg = h.registration();
        v.put(LedgerField.NUMBER, h.number().toString());
        v.put(LedgerField.FOUND_ON, reg.foundOn());
        v.put(LedgerField.UNIT, unitPath(reg.unitId()));
        v.put(LedgerField.PLACE, reg.place());
        v.put(LedgerField.FINDER, reg.anonymous() ? LedgerLine.ANONYMOUS_ZH : person(reg.finderId()));
        v.put(LedgerField.SOURCE, reg.source());
        v.put(LedgerField.CATEGORY, categories.getOrDefault(reg.category(), reg.category()));
        v.put(LedgerField.FORM, reg.form());
        v.put(LedgerField.DESCRIPTION, reg.description());
        var g = h.grading();
        v.put(LedgerField.GRADE, g.grade());
        v.put(LedgerField.SUB_GRADE, g.subGrade());
        v.put(LedgerField.MAJOR_REASON, g.majorReason());
        v.put(LedgerField.MAJOR_CRITERION, g.citation() == null || g.citation().isOther() ? null : g.citation().code());
        v.put(LedgerField.RISK_COLOUR, g.riskColour());
        v.put(LedgerField.RECTIFYING_TIER, g.rectifyingTier());
        h.rectificationIfAssigned().ifPresent(r -> putRectification(v, r));
        var o = h.outcome();
        v.put(LedgerField.RECTIFIED_ON, o.rectifiedOn());
        v.put(LedgerField.ACCEPTANCE_RESULT, o.acceptanceResult());
        v.put(LedgerField.ACCEPTED_ON, o.acceptedOn());
        v.put(LedgerField.CLOSED_ON, o.closedOn());
        v.put(LedgerField.RECHECKER, person(o.recheckerId()));
        v.put(LedgerField.RECHECKED_ON, o.recheckedOn());
        var d = h.handling();
        v.put(LedgerField.SIGNED_OFF_BY, d.signedOffBy());
        v.put(LedgerField.SIGNED_OFF_ON, d.signedOffOn());
        v.put(LedgerField.CLOSED_BY, d.closedBy());
        v.put(LedgerField.RECHECK_RESULT, d.recheckResult());
        v.put(LedgerField.DISPOSITION_REASON, d.dispositionReason());
        v.put(LedgerField.STATUS, h.status());
        return LedgerLine.of(v);
    }

    private void putRectification(Map<LedgerField, Object> v, Rectification r) {
        v.put(LedgerField.MEASURES, r.measures());
        v.put(LedgerField.INTERIM_SAFEGUARDS, r.interimSafeguards());
        v.put(LedgerField.RESPONSIBLE, person(r.responsibleId()));
        v.put(LedgerField.DEADLINE, r.deadline());
        v.put(LedgerField.FUNDS, r.funds());
        v.put(LedgerField.ACCEPTANCE_STANDARD, r.acceptanceStandard());
        v.put(LedgerField.ACCEPTOR, person(r.acceptorId()));
    }

    private String person(UUID id) {
        return id == null ? null : people.get(id);
    }
}
