package org.hazardledger.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hazardledger.model.ConflictException;
import org.hazardledger.model.HazardAction;
import org.hazardledger.store.EventLog;
import org.hazardledger.store.StaleRecordException;
import org.hazardledger.store.Store;
import org.hazardledger.store.StoreSession;

/**
 * Turns a save the store refused as stale into a refusal that names who changed the record, when
 * and how: it reads, after the refused transaction has rolled back, the record as it is now and its
 * audit events, and takes the latest event that saved the record (a new revision).
 */
final class Conflicts {

    /** How the refusal shows the time: minutes, in the ledger's time zone. */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /**
     * An event written more than this before the record's {@code updated_at} did not make the
     * revision the user missed: that change left no event of its own, so nobody is named.
     */
    private static final Duration SAME_TRANSACTION = Duration.ofSeconds(1);

    /** Events on a hazard that do not save its row (no new revision). */
    private static final Set<String> HAZARD_NOT_SAVED = Set.of(ReminderOperations.ESCALATED);
    private static final Map<String, String> HAZARD_ACTIONS = Map.of("REGISTER", "timeline.REGISTER",
            "IMPORT", "timeline.IMPORT", "LINK_RISK_POINT", "conflict.action.LINK_RISK_POINT",
            "UNLINK_RISK_POINT", "conflict.action.UNLINK_RISK_POINT");
    private static final Map<String, String> UNIT_ACTIONS = Map.of("ADD", "conflict.action.unit.ADD",
            "RENAME", "org.unit.rename", "MOVE", "org.unit.move", "RETIRE", "org.unit.retire",
            "REINSTATE", "org.unit.reinstate");
    private static final Map<String, String> PERSON_ACTIONS = Map.of("ADD", "org.person.add",
            "EDIT", "org.person.edit", "RETIRE", "org.person.retire", "REINSTATE", "org.person.reinstate");

    private Conflicts() {
    }

    /**
     * Runs {@code save} (one transaction); when the store refuses it as stale, throws what
     * {@code explain} makes of the refusal instead, read after the refused transaction rolled back.
     */
    static <T> T explained(Supplier<T> save, Function<StaleRecordException, ConflictException> explain) {
        try {
            return save.get();
        } catch (StaleRecordException stale) {
            throw explain.apply(stale);
        }
    }

    /** A save of hazard {@code hazardId} refused as stale, with who changed it since. */
    static ConflictException hazard(Store store, UUID hazardId, StaleRecordException stale) {
        if (!stale.messageKey().equals("error.stale")) {
            // Another record of the same use case went stale: it speaks for itself.
            return stale;
        }
        return store.transact(s -> s.hazards().byId(hazardId).map(h -> {
            String number = h.number().toString();
            return latest(s, HazardOperations.ENTITY, hazardId, HAZARD_NOT_SAVED, Conflicts::hazardActionKey,
                    h.updatedAt())
                    .map(c -> named(stale, "error.conflict.hazard", hazardId, h.revision(), c, number))
                    .orElseGet(() -> unnamed(stale, "error.stale", hazardId, h.revision(), number));
        }).orElse(stale));
    }

    /** A save of unit {@code unitId} refused as stale, with who changed it since. */
    static ConflictException unit(Store store, UUID unitId, StaleRecordException stale) {
        if (!stale.messageKey().equals("error.unit.stale")) {
            return stale;
        }
        return store.transact(s -> s.organisation().unitEntry(unitId).map(u -> latest(s, "org_unit", unitId,
                        Set.of(), a -> UNIT_ACTIONS.getOrDefault(a, a), null)
                .map(c -> named(stale, "error.conflict.unit", unitId, u.revision(), c, u.unit().name()))
                .orElseGet(() -> unnamed(stale, "error.unit.stale", unitId, u.revision(), u.unit().name())))
                .orElse(stale));
    }

    /** A save of person {@code personId} refused as stale, with who changed them since. */
    static ConflictException person(Store store, UUID personId, StaleRecordException stale) {
        if (!stale.messageKey().equals("error.person.stale")) {
            return stale;
        }
        return store.transact(s -> s.people().entry(personId).map(p -> latest(s, "person", personId,
                        Set.of(), a -> PERSON_ACTIONS.getOrDefault(a, a), null)
                .map(c -> named(stale, "error.conflict.person", personId, p.revision(), c, p.person().name()))
                .orElseGet(() -> unnamed(stale, "error.person.stale", personId, p.revision(), p.person().name())))
                .orElse(stale));
    }

    /**
     * A save of another kind of record refused as stale ({@code staleKey}): the same refusal, told
     * with who saved the record last and when, where the trail has an event of {@code entityType} on
     * it (events in {@code notSaving} do not count: they leave the row as it was).
     */
    static ConflictException record(Store store, String entityType, UUID id, String staleKey,
                                    Set<String> notSaving, StaleRecordException stale) {
        if (!stale.messageKey().equals(staleKey)) {
            return stale;
        }
        return store.transact(s -> latest(s, entityType, id, notSaving, a -> a, null)
                .map(c -> stale.withLastChange(id, c)).orElse(stale));
    }

    static ConflictException record(Store store, String entityType, UUID id, String staleKey,
                                    StaleRecordException stale) {
        return record(store, entityType, id, staleKey, Set.of(), stale);
    }

    /**
     * The latest event of {@code entityType} on the record that saved it, unless it is older than
     * the record's last save ({@code updatedAt}, null when the record does not keep it).
     */
    static Optional<ConflictException.LastChange> latest(StoreSession s, String entityType, UUID id,
                                                         Set<String> notSaving, Function<String, String> actionKey,
                                                         Instant updatedAt) {
        List<EventLog.Event> events = s.events().forEntity(id);
        for (int i = events.size() - 1; i >= 0; i--) {
            EventLog.Event e = events.get(i);
            if (!e.entityType().equals(entityType) || notSaving.contains(e.action())) {
                continue;
            }
            if (updatedAt != null && e.occurredAt().toInstant().plus(SAME_TRANSACTION).isBefore(updatedAt)) {
                return Optional.empty();
            }
            LocalDateTime at = e.occurredAt().atZoneSameInstant(s.clock().getZone()).toLocalDateTime();
            return Optional.of(new ConflictException.LastChange(e.actor(), at, e.action(),
                    actionKey.apply(e.action())));
        }
        return Optional.empty();
    }

    private static String hazardActionKey(String action) {
        String key = HAZARD_ACTIONS.get(action);
        if (key != null) {
            return key;
        }
        try {
            return HazardAction.valueOf(action).labelKey();
        } catch (IllegalArgumentException e) {
            // An action this version has no name for: shown as recorded.
            return action;
        }
    }

    private static ConflictException named(StaleRecordException stale, String key, UUID id, int revision,
                                           ConflictException.LastChange c, String what) {
        return new ConflictException(stale, key, id, revision, c, what, c.actor(), WHEN.format(c.at()),
                c.actionKey());
    }

    private static ConflictException unnamed(StaleRecordException stale, String key, UUID id, int revision,
                                             String what) {
        return new ConflictException(stale, key, id, revision, null, what);
    }
}
