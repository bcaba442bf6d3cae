package org.hazardledger.service;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.LedgerPage;
import org.hazardledger.model.Person;
import org.hazardledger.model.Rectification;
import org.hazardledger.store.Store;
import org.hazardledger.store.StoreSession;

/** The hazard ledger's use cases: each public method is one transaction. */
public final class HazardService {

    /** The most rows one page may ask for. */
    public static final int MAX_PAGE = 500;

    private final Store store;
    private final Actor actor;

    public HazardService(Store store, Actor actor) {
        this.store = store;
        this.actor = actor;
    }

    public Hazard register(HazardDraft draft) {
        return store.transact(s -> HazardOperations.register(s, actor, draft));
    }

    public Hazard assignRectification(UUID hazardId, int revision, Rectification r) {
        return store.transact(s -> HazardOperations.assign(s, actor, hazardId, revision, r));
    }

    public Hazard reportRectified(UUID hazardId, int revision, LocalDate on) {
        return store.transact(s -> HazardOperations.reportRectified(s, actor, hazardId, revision, on));
    }

    public Hazard acceptAndClose(UUID hazardId, int revision, String result, LocalDate on) {
        return store.transact(s -> HazardOperations.acceptAndClose(s, actor, hazardId, revision, result, on));
    }

    /** One page of the ledger, newest first; {@code cursor} null for the first page. */
    public LedgerPage page(HazardQuery query, LedgerPage.PageCursor cursor, int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_PAGE));
        return store.transact(s -> s.hazards().page(query, unitSubtree(s, query.unitId()), today(s), cursor,
                bounded));
    }

    public int count(HazardQuery query) {
        return store.transact(s -> s.hazards().count(query, unitSubtree(s, query.unitId()), today(s)));
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

    private static Set<UUID> unitSubtree(StoreSession s, UUID unitId) {
        return unitId == null ? Set.of() : OrganisationOperations.subtree(s, unitId);
    }

    private static LocalDate today(StoreSession s) {
        return LocalDate.now(s.clock());
    }
}
