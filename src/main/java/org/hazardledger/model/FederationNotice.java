package org.hazardledger.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A notice the federation sends to one enterprise, on one of its hazards or on the whole enterprise.
 *
 * @param enterpriseInstallation the addressee's installation id
 * @param hazardId               the hazard's id in the enterprise's ledger; null = the whole enterprise
 * @param verified               for VERIFICATION: whether the rectification was found done; else null
 */
public record FederationNotice(UUID id, int revision, UUID enterpriseInstallation, NoticeKind kind, UUID hazardId,
        String hazardNumber, String documentNo, String title, String body, Boolean verified, LocalDate issuedOn,
        String issuedBy) {
}
