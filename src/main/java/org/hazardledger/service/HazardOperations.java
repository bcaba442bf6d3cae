package org.hazardledger.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardNumber;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.Handling;
import org.hazardledger.model.ActionChoice;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.MajorCriterion;
import org.hazardledger.model.MajorCriterionCitation;
import org.hazardledger.model.HazardLifecycle;
import org.hazardledger.model.MajorTrackView;
import org.hazardledger.model.Performer;
import org.hazardledger.model.Tier;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Outcome;
import org.hazardledger.model.Rectification;
import org.hazardledger.model.RectificationRules;
import org.hazardledger.model.Registration;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.StaleRecordException;
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
        errors.addAll(citationErrors(s, draft.grading(), reg.foundOn()));
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
        Hazard h = new Hazard(s.newId(), 1, number, HazardStatus.REGISTERED, clean,
                withCriterionVersion(s, draft.grading(), reg.foundOn()), null,
                Outcome.NONE, Handling.NONE, now, now);
        s.hazards().insert(enterpriseId, h);
        s.events().append(actor.name(), ENTITY, h.id(), "REGISTER", new EventPayload()
                .put("number", number).put("unit", clean.unitId()).put("place", clean.place())
                .put("foundOn", clean.foundOn()).put("finder", clean.finderId()).put("anonymous", clean.anonymous())
                .put("source", clean.source()).put("category", clean.category()).put("form", clean.form())
                .put("description", clean.description()).put("grade", draft.grading().grade())
                .put("subGrade", draft.grading().subGrade()).put("majorReason", draft.grading().majorReason())
                .put("riskColour", draft.grading().riskColour())
                .put("rectifyingTier", draft.grading().rectifyingTier())
                .put("majorCriterion", h.grading().citation() == null ? null : h.grading().citation().code())
                .put("majorCriterionVersion", h.grading().citation() == null ? null : h.grading().citation().version())
                .put("majorCriterionOtherReason",
                        h.grading().citation() == null ? null : h.grading().citation().otherReason()).toJson());
        return h;
    }

    /**
     * One lifecycle action: the state machine decides whether this actor may take it now, the store
     * saves the result if nobody changed the hazard meanwhile, and the audit trail records who, when,
     * the state before and after, and what was entered.
     */
    static Hazard perform(StoreSession s, Actor actor, UUID hazardId, int revision, HazardCommand command) {
        Hazard h = load(s, hazardId, revision);
        return take(s, actor, h, command, performer(s, actor, h), MajorTracks.view(s, h));
    }

    /** As {@link #perform}, but only when the rules allow it now (the demo's walks): empty otherwise. */
    static Optional<Hazard> performIfAllowed(StoreSession s, Actor actor, Hazard h, HazardCommand command) {
        Performer who = performer(s, actor, h);
        MajorTrackView major = MajorTracks.view(s, h);
        if (HazardLifecycle.refusal(h, command.action(), who, major).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(take(s, actor, h, command, who, major));
    }

    private static Hazard take(StoreSession s, Actor actor, Hazard h, HazardCommand given, Performer who,
                               MajorTrackView major) {
        checkReferences(s, h, given);
        HazardCommand command = given;
        if (given instanceof HazardCommand.Regrade r && r.grading() != null) {
            command = new HazardCommand.Regrade(withCriterionVersion(s, r.grading(), h.registration().foundOn()));
        }
        LocalDate today = LocalDate.now(s.clock());
        Hazard next = s.hazards().update(HazardLifecycle.apply(h, command, who, major, today, s.clock().instant()));
        s.events().append(actor.name(), ENTITY, h.id(), command.action().name(),
                CommandPayload.of(command).put("from", h.status()).put("to", next.status()).toJson());
        return next;
    }

    /** The actions the hazard's state offers now, each allowed or refused for this actor. */
    static List<ActionChoice> choices(StoreSession s, Actor actor, Hazard h) {
        return HazardLifecycle.choices(h, performer(s, actor, h), MajorTracks.view(s, h));
    }

    /** How the rules see {@code actor} in front of {@code h}: role, tier answered for, and subtree. */
    static Performer performer(StoreSession s, Actor actor, Hazard h) {
        if (actor.scopeUnitId() == null) {
            return new Performer(actor.name(), actor.role(), null, true);
        }
        Tier scopeTier = s.organisation().unit(actor.scopeUnitId()).map(OrgUnit::tier).orElse(null);
        return new Performer(actor.name(), actor.role(), scopeTier,
                OrganisationOperations.isWithin(s, h.registration().unitId(), actor.scopeUnitId()));
    }

    /** What the model cannot check: that the people, units and numbers named exist in this ledger. */
    private static void checkReferences(StoreSession s, Hazard h, HazardCommand command) {
        List<FieldError> errors = new ArrayList<>();
        if (command instanceof HazardCommand.Assign a && a.rectification() != null) {
            checkPerson(s, a.rectification().responsibleId(), RectificationRules.RESPONSIBLE, errors);
            checkPerson(s, a.rectification().acceptorId(), "acceptor", errors);
        } else if (command instanceof HazardCommand.Regrade r && r.grading() != null) {
            Tier unitTier = s.organisation().unit(h.registration().unitId()).map(OrgUnit::tier).orElse(null);
            errors.addAll(HazardDraft.validateTierAgainstUnit(r.grading().rectifyingTier(), unitTier));
            errors.addAll(citationErrors(s, r.grading(), h.registration().foundOn()));
        } else if (command instanceof HazardCommand.MergeDuplicate m && m.into() != null
                && !m.into().equals(h.number()) && s.hazards().byNumber(m.into().toString()).isEmpty()) {
            errors.add(FieldError.of("into", "validation.merge.unknown", m.into().toString()));
        } else if (command instanceof HazardCommand.RecheckPass p) {
            checkPerson(s, p.recheckerId(), "rechecker", errors);
        } else if (command instanceof HazardCommand.RecheckFail f) {
            checkPerson(s, f.recheckerId(), "rechecker", errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** A cited clause must be in the library and in force on the day the hazard was found. */
    private static List<FieldError> citationErrors(StoreSession s, Grading g, LocalDate foundOn) {
        if (g == null || g.grade() != Grade.MAJOR || g.citation() == null || g.citation().isOther()) {
            return List.of();
        }
        return HazardDraft.validateCitationInForce(g,
                MajorCriterion.inForceOn(s.riskRegister().criteria(), foundOn, null));
    }

    /** The grading with its cited clause's version in force on the day found (the citation names it exactly). */
    private static Grading withCriterionVersion(StoreSession s, Grading g, LocalDate foundOn) {
        MajorCriterionCitation c = g.citation();
        if (c == null) {
            return g;
        }
        if (c.isOther()) {
            return g.withCitation(MajorCriterionCitation.other(c.otherReason().strip()));
        }
        return MajorCriterion.find(s.riskRegister().criteria(), c.code().strip(), foundOn)
                .map(found -> g.withCitation(MajorCriterionCitation.clause(found.code()).withVersion(found.version())))
                .orElse(g);
    }

    private static void checkPerson(StoreSession s, UUID personId, String field, List<FieldError> errors) {
        if (personId != null && s.people().byId(personId).isEmpty()) {
            errors.add(FieldError.of(field, "validation.person.unknown"));
        }
    }

    private static Hazard load(StoreSession s, UUID hazardId, int revision) {
        Hazard h = s.hazards().byId(hazardId)
                .orElseThrow(() -> new DomainException("error.hazard.notFound", hazardId.toString()));
        if (h.revision() != revision) {
            throw new StaleRecordException(h.number().toString());
        }
        return h;
    }
}
