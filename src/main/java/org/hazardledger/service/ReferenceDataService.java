package org.hazardledger.service;

import java.util.List;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.WorkingCalendar;
import org.hazardledger.store.Store;

/** The enterprise's reference lists. */
public final class ReferenceDataService {

    private final Store store;

    public ReferenceDataService(Store store) {
        this.store = store;
    }

    public List<CatalogEntry> hazardCategories() {
        return catalog(CatalogEntry.HAZARD_CATEGORY);
    }

    public List<CatalogEntry> subGrades() {
        return catalog(CatalogEntry.SUB_GRADE);
    }

    public List<CatalogEntry> catalog(String name) {
        return store.transact(s -> s.catalogs().list(name));
    }

    /** Working days: Monday to Friday minus the entered holidays plus the make-up working days. */
    public WorkingCalendar workingCalendar() {
        return store.transact(s -> s.catalogs().workingCalendar());
    }

    /**
     * Loads the shipped holiday schedule into a ledger set up before it existed (an empty calendar
     * would count every holiday as a working day); does nothing for a new or an up-to-date ledger.
     * Call once when the ledger opens.
     */
    public void loadMissingHolidays() {
        store.transact(s -> {
            if (s.organisation().enterprise().isPresent() && !s.catalogs().hasCalendarDays()) {
                ReferenceData.loadHolidays(s);
            }
            return null;
        });
    }

    /**
     * Loads the shipped checklists whose code a ledger does not have yet (a ledger set up before
     * rounds existed, or a list added in a later release); edited lists are left as they are. Call
     * once when the ledger opens.
     */
    public void loadMissingChecklists() {
        store.transact(s -> {
            if (s.organisation().enterprise().isPresent()) {
                ReferenceData.loadMissingChecklists(s);
            }
            return null;
        });
    }
}
