package org.hazardledger.sheet;

import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.service.Messages;

/**
 * The blank import template (.xlsx): the columns the importer expects, lists to pick categories,
 * grades, sources, forms, tiers and states from (data validation), and one example row.
 */
public final class ImportTemplate {

    private ImportTemplate() {
    }

    public static void write(Path out, List<CatalogEntry> categories, Messages messages) {
        throw new UnsupportedOperationException("S07 skeleton");
    }
}
