package org.hazardledger.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardNumber;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.HazardTransitions;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Outcome;
import org.hazardledger.model.Rectification;
import org.hazardledger.model.RectificationRules;
import org.hazardledger.model.Registration;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.StoreSession;

/**
 * The hazard use cases as steps inside a given transaction, so that one use case (registering one
 * hazard, or loading a whole demo enterprise) is one transaction and runs the same checks.
 */
final class HazardOperations {

    static final String ENTITY = "hazard";

    private HazardOperations() {
    }

    static Hazard register(StoreSession s, Actor actor, HazardDraft draft) {
        LocalDate today = LocalDate.now(s.clock());
        List<FieldError> errors = new ArrayList<>(draft.validate(today));
        Registration reg = draft.registration();
        if (reg.unitId() != null) {
            OrgUnit unit = s.organisation().unit(reg.unitId()).orElse(null);
            if (unit == null || unit.retired()) {
                errors.add(FieldError.of(HazardDraft.UNIT, "validation.unit.unknown"));
            } else {
                errors.addAll(HazardDraft.validateTierAgainstUnit(draft.grading().rectifyingTier(), unit.tier()));
            }
        }
        if (reg.finderId() != null && s.people().byId(reg.finderId()).isEmpty()) {
            errors.add(FieldError.of(HazardDraft.FINDER, "validation.person.unknown"));
        }
        if (reg.category() != null && !reg.category().isBlank()
                && !s.catalogs().contains(org.hazardledger.model.CatalogEntry.HAZARD_CATEGORY, reg.category())) {
            errors.add(FieldError.of(HazardDraft.CATEGORY, "validation.category.unknown"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        UUID enterpriseId = s.organisation().enterprise()
                .orElseThrow(() -> new DomainException("error.ledger.notInitialised")).id();
        Registration clean = new Registration(reg.unitId(), reg.place().strip(), reg.foundOn(),
                reg.anonymous() ? null : reg.finderId(), reg.anonymous(), reg.source(), reg.category(), reg.form(),
                reg.description().strip());
        HazardNumber number = s.hazards().nextNumber(YearMonth.from(reg.foundOn()));
        Instant now = s.clock().instant();
        Hazard h = new Hazard(s.newId(), 1, number, HazardStatus.REGISTERED, clean, draft.grading(), null,
                Outcome.NONE, now, now);
        s.hazards().insert(enterpriseId, h);
        s.events().append(actor.name(), ENTITY, h.id(), "REGISTER", new EventPayload()
                .put("number", number).put("unit", clean.unitId()).put("place", clean.place())
                .put("foundOn", clean.foundOn()).put("finder", clean.finderId()).put("anonymous", clean.anonymous())
                .put("source", clean.source()).put("category", clean.category()).put("form", clean.form())
                .put("description", clean.description()).put("grade", draft.grading().grade())
                .put("subGrade", draft.grading().subGrade()).put("majorReason", draft.grading().majorReason())
                .put("riskColour", draft.grading().riskColour())
                .put("rectifyingTier", draft.grading().rectifyingTier()).toJson());
        return h;
    }

    static Hazard assign(StoreSession s, Actor actor, UUID hazardId, int revision, Rectification r) {
        Hazard h = load(s, hazardId, revision);
        List<FieldError> errors = new ArrayList<>(RectificationRules.validate(r, h.registration().foundOn()));
        if (r.responsibleId() != null && s.people().byId(r.responsibleId()).isEmpty()) {
            errors.add(FieldError.of(RectificationRules.RESPONSIBLE, "validation.person.unknown"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Hazard next = s.hazards().update(HazardTransitions.assign(h, r, s.clock().instant()));
        s.events().append(actor.name(), ENTITY, h.id(), "ASSIGN", new EventPayload()
                .put("measures", r.measures()).put("interimSafeguards", r.interimSafeguards())
                .put("responsible", r.responsibleId()).put("deadline", r.deadline()).put("funds", r.funds())
                .put("acceptanceStandard", r.acceptanceStandard()).put("acceptor", r.acceptorId()).toJson());
        return next;
    }

    static Hazard reportRectified(StoreSession s, Actor actor, UUID hazardId, int revision, LocalDate on) {
        Hazard h = load(s, hazardId, revision);
        Hazard next = s.hazards().update(HazardTransitions.reportRectified(h, on, s.clock().instant()));
        s.events().append(actor.name(), ENTITY, h.id(), "REPORT_RECTIFIED",
                new EventPayload().put("rectifiedOn", on).toJson());
        return next;
    }

    static Hazard acceptAndClose(StoreSession s, Actor actor, UUID hazardId, int revision, String result,
                                 LocalDate on) {
        Hazard h = load(s, hazardId, revision);
        Hazard next = s.hazards().update(HazardTransitions.acceptAndClose(h, result, on, s.clock().instant()));
        s.events().append(actor.name(), ENTITY, h.id(), "ACCEPT_AND_CLOSE",
                new EventPayload().put("acceptanceResult", result).put("closedOn", on).toJson());
        return next;
    }

    static Hazard recordRecheck(StoreSession s, Actor actor, UUID hazardId, int revision, UUID rechecker,
                                LocalDate on) {
        Hazard h = load(s, hazardId, revision);
        if (s.people().byId(rechecker).isEmpty()) {
            throw new ValidationException(List.of(FieldError.of("rechecker", "validation.person.unknown")));
        }
        Hazard next = s.hazards().update(HazardTransitions.recordRecheck(h, rechecker, on, s.clock().instant()));
        s.events().append(actor.name(), ENTITY, h.id(), "RECHECK",
                new EventPayload().put("rechecker", rechecker).put("recheckedOn", on).toJson());
        return next;
    }

    private static Hazard load(StoreSession s, UUID hazardId, int revision) {
        Hazard h = s.hazards().byId(hazardId)
                .orElseThrow(() -> new DomainException("error.hazard.notFound", hazardId.toString()));
        if (h.revision() != revision) {
            throw new DomainException("error.stale", h.number().toString());
        }
        return h;
    }
}
