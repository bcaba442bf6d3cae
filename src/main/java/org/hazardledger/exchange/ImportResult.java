package org.hazardledger.exchange;

import java.util.Map;
import org.hazardledger.model.BundleLogEntry;
import org.hazardledger.service.ApplyResult;

/**
 * A bundle read: either applied now ({@code applied} set) or recognised as already imported
 * ({@code previously} is the earlier log entry and nothing changed).
 */
public record ImportResult(BundleLogEntry entry, ApplyResult applied, BundleLogEntry previously,
        Map<String, Integer> counts) {

    public boolean alreadyImported() {
        return previously != null;
    }
}
