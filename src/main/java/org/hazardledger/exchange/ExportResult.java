package org.hazardledger.exchange;

import java.nio.file.Path;
import java.util.Map;
import org.hazardledger.model.BundleLogEntry;

/** A bundle written, read back and verified: where it is and what it holds. */
public record ExportResult(Path file, long bytes, BundleLogEntry entry, Map<String, Integer> counts) {
}
