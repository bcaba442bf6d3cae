package org.hazardledger.service;

import java.util.List;
import org.hazardledger.model.CatalogEntry;
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
}
