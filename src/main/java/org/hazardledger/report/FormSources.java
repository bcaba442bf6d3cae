package org.hazardledger.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hazardledger.model.FormCode;
import org.hazardledger.service.ArchiveService;
import org.hazardledger.service.AttachmentService;
import org.hazardledger.service.AuditService;
import org.hazardledger.service.HazardService;
import org.hazardledger.service.MajorHazardService;
import org.hazardledger.service.OrganisationService;
import org.hazardledger.service.RoundService;
import org.hazardledger.service.StatisticsService;
import org.hazardledger.service.UnionService;

/**
 * The services the forms read from, and the clock that dates them. Printers only read: printing
 * never changes the ledger.
 */
public record FormSources(Clock clock, HazardService hazards, AuditService audit, AttachmentService attachments,
                          UnionService union, MajorHazardService majorHazards, RoundService rounds,
                          ArchiveService archives, OrganisationService organisation,
                          StatisticsService statistics) {

    public FormSources {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(hazards, "hazards");
        Objects.requireNonNull(audit, "audit");
    }

    /** The day a form is printed. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The verification code of a form about {@code subject} printed today: stamped at the newest
     * audit entry of {@code entityId}, or of the whole ledger when it is null.
     */
    public FormCode code(String subject, UUID entityId) {
        return FormCode.stamp(subject, today(), audit.stamp(entityId));
    }
}
