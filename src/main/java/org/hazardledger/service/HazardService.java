package org.hazardledger.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.ActionChoice;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardLifecycle;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Tier;
import org.hazardledger.model.LedgerPage;
import org.hazardledger.model.LedgerPositions;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.Person;
import org.hazardledger.model.Rectification;
import org.hazardledger.store.Store;
import org.hazardledger.store.StoreSession;

/** The hazard ledger's use cases: each public method is one transaction. */
public final class HazardService {

    /** The most rows one page may ask for. */
    public static final int MAX_PAGE = 500;

    private final Store store;
    private final UserSession session;

    public HazardService(Store store, UserSession session) {
        this.store = store;
        this.session = session;
    }

    public Hazard register(HazardDraft draft) {
        return store.transact(s -> HazardOperations.register(s, session.actor(), draft));
    }

    /**
     * Takes one lifecycle action for the signed-in user, or refuses it with the reason (state, role,
     * tier, or what is missing). {@code revision} is the one the user saw: a change by someone else
     * in between is refused as stale rather than overwritten: a {@link org.hazardledger.model.ConflictException}
     * naming who changed it, when and how, with the hazard's current revision.
     */
    public Hazard perform(UUID hazardId, int revision, HazardCommand command) {
        return Conflicts.explained(
                () -> store.transact(s -> HazardOperations.perform(s, session.actor(), hazardId, revision, command)),
                stale -> Conflicts.hazard(store, hazardId, stale));
    }

    /** The actions the hazard's state offers the signed-in user now, allowed or refused with the reason. */
    public List<ActionChoice> choices(UUID hazardId) {
        return store.transact(s -> s.hazards().byId(hazardId)
                .map(h -> HazardOperations.choices(s, session.actor(), h)).orElse(List.of()));
    }

    /**
     * What waits for the signed-in user: open hazards in the states where their role acts, within
     * the unit they answer for and at the tier they answer for.
     */
    public Optional<HazardQuery> myTasks(HazardQuery base) {
        Actor a = session.actor();
        Set<HazardStatus> statuses = a.role() == null ? Set.of() : HazardLifecycle.statusesNeeding(a.role());
        if (statuses.isEmpty()) {
            return Optional.empty();
        }
        HazardQuery q = base.withStatuses(statuses);
        if (a.role() != AccountRole.UNIT_HEAD && a.role() != AccountRole.UNION_MEMBER) {
            return Optional.of(q);
        }
        // Bound by the tier rule: the tier they answer for (the enterprise answers for the plant), in their units.
        if (a.scopeUnitId() == null) {
            return Optional.of(q.withAnyOfTiers(Tier.answeredAt(Tier.PLANT)));
        }
        Tier tier = store.transact(s -> s.organisation().unit(a.scopeUnitId()).map(OrgUnit::tier).orElse(null));
        return Optional.of(q.withUnit(a.scopeUnitId()).withAnyOfTiers(Tier.answeredAt(tier)));
    }

    /** One page of the ledger, newest first; {@code cursor} null for the first page. */
    public LedgerPage page(HazardQuery query, LedgerPage.PageCursor cursor, int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_PAGE));
        return store.transact(s -> s.hazards().page(query, unitSubtree(s, query.unitId()), today(s), cursor,
                bounded));
    }

    /** Rows between every anchor of a query's positions (see {@link LedgerPositions}). */
    public static final int POSITION_STRIDE = 1_000;

    /**
     * Where the rows of {@code query} lie: its total and an anchor every {@value #POSITION_STRIDE} rows,
     * so {@link #pageAt} can show any offset at once. One pass over the query's keys.
     */
    public LedgerPositions positions(HazardQuery query) {
        return store.transact(s -> s.hazards().positions(query, unitSubtree(s, query.unitId()), today(s),
                POSITION_STRIDE));
    }

    /** The rows of {@code query} from row {@code offset} on (at most {@code limit}), found by {@code positions}. */
    public List<HazardRow> pageAt(HazardQuery query, LedgerPositions positions, int offset, int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_PAGE));
        int from = Math.max(0, offset);
        return store.transact(s -> s.hazards().rowsAfter(query, unitSubtree(s, query.unitId()), today(s),
                positions.anchorFor(from).orElse(null), positions.skipFor(from), bounded));
    }

    public int count(HazardQuery query) {
        return store.transact(s -> s.hazards().count(query, unitSubtree(s, query.unitId()), today(s)));
    }

    public Optional<Hazard> byId(UUID id) {
        return store.transact(s -> s.hazards().byId(id));
    }

    public Optional<Hazard> byNumber(String number) {
        return store.transact(s -> s.hazards().byNumber(number));
    }

    /** A hazard with every name resolved, for the detail pane and the printed forms. */
    public Optional<HazardDetails> details(String number) {
        return store.transact(s -> s.hazards().byNumber(number).map(h -> details(s, h)));
    }

    public Optional<HazardDetails> details(UUID id) {
        return store.transact(s -> s.hazards().byId(id).map(h -> details(s, h)));
    }

    private static HazardDetails details(StoreSession s, Hazard h) {
        Optional<CatalogEntry> category = s.hazards().category(h.registration().category());
        Optional<Rectification> r = h.rectificationIfAssigned();
        return new HazardDetails(h, s.hazards().enterpriseName(h.id()),
                OrganisationOperations.unitPath(s, h.registration().unitId()),
                personName(s, h.registration().finderId()),
                category.map(CatalogEntry::nameZh).orElse(h.registration().category()),
                category.map(CatalogEntry::nameEn).orElse(h.registration().category()),
                personName(s, r.map(Rectification::responsibleId).orElse(null)),
                personName(s, r.map(Rectification::acceptorId).orElse(null)),
                personName(s, h.outcome().recheckerId()));
    }

    private static String personName(StoreSession s, UUID id) {
        return id == null ? null : s.people().byId(id).map(Person::name).orElse(null);
    }

    /** The numbers of the hazards struck off (销号) in {@code month}, in the order closed: a month's closure forms. */
    public List<String> closedIn(YearMonth month) {
        return store.transact(s -> s.hazards().numbersClosedBetween(month.atDay(1), month.atEndOfMonth()));
    }

    /**
     * The numbers of the hazards under rectification (整改中) in a unit and every unit below it: the
     * notices still in force there.
     */
    public List<String> rectifyingIn(UUID unitId) {
        return store.transact(s -> s.hazards().numbersIn(OrganisationOperations.subtree(s, unitId),
                HazardStatus.RECTIFYING));
    }

    private static Set<UUID> unitSubtree(StoreSession s, UUID unitId) {
        return unitId == null ? Set.of() : OrganisationOperations.subtree(s, unitId);
    }

    private static LocalDate today(StoreSession s) {
        return LocalDate.now(s.clock());
    }
}
