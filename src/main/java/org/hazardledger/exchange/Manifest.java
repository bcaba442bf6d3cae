package org.hazardledger.exchange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazardledger.model.BundleKind;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.InstallationRole;

/** manifest.json of a bundle (docs/bundle-format.md section 2). */
public record Manifest(String format, UUID bundleId, BundleKind kind, OffsetDateTime createdAt, String application,
        Party sender, Fingerprint recipient, UUID recipientInstallation, ChangeRange changes,
        Map<String, Integer> counts, List<Entry> entries) {

    public record Party(Fingerprint fingerprint, UUID installationId, InstallationRole role, String name) {
    }

    public record Entry(String path, long size, String sha256) {
    }
}
