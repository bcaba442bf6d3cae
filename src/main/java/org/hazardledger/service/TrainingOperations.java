package org.hazardledger.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hazardledger.model.Attendee;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.DrillDraft;
import org.hazardledger.model.DrillFinding;
import org.hazardledger.model.EmergencyDrill;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.FindingHazard;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Registration;
import org.hazardledger.model.TrainingAttendance;
import org.hazardledger.model.TrainingDraft;
import org.hazardledger.model.TrainingHistory;
import org.hazardledger.model.TrainingSession;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.StoreSession;

/**
 * Training and drill use cases as steps inside a given transaction, so that the service and the
 * demo loader record them with the same checks and audit events.
 */
final class TrainingOperations {

    static final String SESSION_ENTITY = "training_session";
    static final String DRILL_ENTITY = "emergency_drill";

    private TrainingOperations() {
    }

    /** Records a training session as {@code actor}; refused field by field, leaving the ledger as it was. */
    static TrainingSession record(StoreSession s, Actor actor, TrainingDraft draft) {
        requireAccount(actor);
        List<FieldError> errors = new ArrayList<>(draft.validate(today(s)));
        OrgUnit unit = checkUnit(s, draft.unitId(), TrainingDraft.UNIT, errors);
        List<TrainingAttendance> attendees = new ArrayList<>();
        for (TrainingAttendance a : draft.attendees()) {
            Optional<Person> p = a.personId() == null ? Optional.empty() : s.people().byId(a.personId());
            if (p.isEmpty() || p.get().retired()) {
                errors.add(FieldError.of(TrainingDraft.ATTENDEES, "validation.training.personUnknown"));
                break;
            }
            attendees.add(new TrainingAttendance(a.personId(), p.get().name(), a.passed(), a.score()));
        }
        if (errors.isEmpty()) {
            // a day has 24 hours, for each attendee, across all sessions of that day
            for (TrainingAttendance a : attendees) {
                BigDecimal day = s.training().hoursOn(a.personId(), draft.heldOn()).add(draft.hours());
                if (day.compareTo(TrainingDraft.HOURS_MAX) > 0) {
                    errors.add(FieldError.of(TrainingDraft.HOURS, "validation.training.personDayOver", a.name(),
                            draft.heldOn(), day.toPlainString()));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        requireInScope(s, actor, unit);
        TrainingSession t = new TrainingSession(s.newId(), 1, draft.kind(), draft.topic().strip(), draft.heldOn(),
                draft.hours(), draft.trainer().strip(), unit.id(), unit.name(), strip(draft.evaluation()), attendees,
                actor.name());
        s.training().insert(t);
        s.events().append(actor.name(), SESSION_ENTITY, t.id(), "RECORD", new EventPayload()
                .put("kind", t.kind()).put("topic", t.topic()).put("heldOn", t.heldOn())
                .put("hours", t.hours().toPlainString()).put("trainer", t.trainer()).put("unit", t.unitId())
                .put("evaluation", t.evaluation())
                .put("attendees", attendees.stream().map(a -> a.personId() + (a.passed() == null ? ""
                        : a.passed() ? ":pass" : ":fail") + (a.score() == null ? "" : ":" + a.score().toPlainString()))
                        .collect(Collectors.joining(",")))
                .toJson());
        return t;
    }

    /** Records an emergency drill with its participants and findings. */
    static EmergencyDrill record(StoreSession s, Actor actor, DrillDraft draft) {
        requireAccount(actor);
        List<FieldError> errors = new ArrayList<>(draft.validate(today(s)));
        OrgUnit unit = checkUnit(s, draft.unitId(), DrillDraft.UNIT, errors);
        List<Attendee> participants = new ArrayList<>();
        for (UUID id : draft.participantIds()) {
            Optional<Person> p = id == null ? Optional.empty() : s.people().byId(id);
            if (p.isEmpty() || p.get().retired()) {
                errors.add(FieldError.of(DrillDraft.PARTICIPANTS, "validation.training.personUnknown"));
                break;
            }
            participants.add(new Attendee(id, p.get().name()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        requireInScope(s, actor, unit);
        UUID id = s.newId();
        List<DrillFinding> findings = new ArrayList<>();
        for (String text : draft.findings()) {
            findings.add(new DrillFinding(s.newId(), id, findings.size() + 1, text, null, null));
        }
        EmergencyDrill d = new EmergencyDrill(id, 1, draft.scenario().strip(), draft.heldOn(), unit.id(), unit.name(),
                participants, strip(draft.evaluation()), findings, actor.name());
        s.training().insert(d);
        s.events().append(actor.name(), DRILL_ENTITY, d.id(), "RECORD", new EventPayload()
                .put("scenario", d.scenario()).put("heldOn", d.heldOn()).put("unit", d.unitId())
                .put("participants", participants.stream().map(a -> a.personId().toString())
                        .collect(Collectors.joining(",")))
                .put("evaluation", d.evaluation())
                .put("findings", String.join("\n", draft.findings())).toJson());
        return d;
    }

    /**
     * Registers a drill finding as a hazard (found on the drill's day, in the drill's unit, source
     * special inspection, described by the finding) through the hazard register's own checks, and
     * keeps the link on the finding. One transaction: the hazard, the link and both audit events, or nothing.
     */
    static Hazard findingToHazard(StoreSession s, Actor actor, UUID findingId, FindingHazard details) {
        requireAccount(actor);
        EmergencyDrill drill = s.training().drillOfFinding(findingId)
                .orElseThrow(() -> new DomainException("error.drill.findingNotFound"));
        DrillFinding finding = drill.findings().stream().filter(f -> f.id().equals(findingId)).findFirst()
                .orElseThrow(() -> new DomainException("error.drill.findingNotFound"));
        if (finding.isHazard()) {
            throw new DomainException("error.drill.findingAlreadyHazard", finding.hazardNumber());
        }
        requireInScope(s, actor, s.organisation().unit(drill.unitId()).orElseThrow());
        HazardDraft draft = new HazardDraft(new Registration(drill.unitId(), details.place(), drill.heldOn(),
                details.finderId(), false, HazardSource.SPECIAL_INSPECTION, details.category(), details.form(),
                finding.text()), details.grading());
        Hazard h = HazardOperations.register(s, actor, draft);
        if (!s.training().linkFinding(findingId, h.id())) {
            throw new DomainException("error.drill.findingAlreadyHazard", "?");
        }
        s.events().append(actor.name(), DRILL_ENTITY, drill.id(), "FINDING_TO_HAZARD", new EventPayload()
                .put("finding", findingId).put("position", finding.position())
                .put("hazard", h.id()).put("hazardNumber", h.number()).toJson());
        return h;
    }

    static TrainingHistory history(StoreSession s, UUID personId, LocalDate from, LocalDate to) {
        Person p = s.people().byId(personId).orElseThrow(() -> new DomainException("error.training.personNotFound"));
        if (from != null && to != null && from.isAfter(to)) {
            throw new DomainException("error.training.periodReversed", from, to);
        }
        return new TrainingHistory(p.id(), p.name(), from, to, s.training().sessionsOf(personId, from, to),
                s.training().drillsOf(personId, from, to));
    }

    private static OrgUnit checkUnit(StoreSession s, UUID unitId, String field, List<FieldError> errors) {
        if (unitId == null) {
            return null;
        }
        OrgUnit unit = s.organisation().unit(unitId).orElse(null);
        if (unit == null || unit.retired()) {
            errors.add(FieldError.of(field, "validation.unit.unknown"));
            return null;
        }
        return unit;
    }

    static void requireAccount(Actor actor) {
        if (actor.role() == null) {
            throw new DomainException("error.campaign.signInRequired");
        }
    }

    /** A unit head or workshop union member records only for the units it answers for. */
    private static void requireInScope(StoreSession s, Actor actor, OrgUnit unit) {
        if (actor.scopeUnitId() == null) {
            return;
        }
        Set<UUID> scope = OrganisationOperations.subtree(s, actor.scopeUnitId());
        if (!scope.contains(unit.id())) {
            throw new DomainException("error.training.outsideScope", unit.name());
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static LocalDate today(StoreSession s) {
        return LedgerDay.china().today(s.clock());
    }
}
