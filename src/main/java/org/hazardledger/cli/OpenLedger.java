package org.hazardledger.cli;

import org.hazardledger.exchange.ExchangeDesk;
import java.nio.file.Path;
import org.hazardledger.report.ReportService;
import org.hazardledger.service.Actor;
import org.hazardledger.service.AttachmentService;
import org.hazardledger.service.AuditService;
import org.hazardledger.service.CampaignServices;
import org.hazardledger.service.LedgerSheetService;
import org.hazardledger.service.HazardService;
import org.hazardledger.service.OrganisationService;
import org.hazardledger.service.ReferenceDataService;
import org.hazardledger.service.ReminderService;
import org.hazardledger.service.RoundService;
import org.hazardledger.service.SetupService;

/** An open ledger as the commands see it; closing it releases the file. */
public interface OpenLedger extends AutoCloseable {

    Path dataDir();

    HazardService hazards();

    OrganisationService organisation();

    ReferenceDataService referenceData();

    SetupService setup();

    ReportService reports();

    AuditService audit();

    RoundService rounds();

    ReminderService reminders();

    /** Keys, bundles and the federation. */
    ExchangeDesk exchange();

    /** Reports, rewards, training, 安康杯, teams, proposals and the statistics (S06). */
    CampaignServices campaign();

    /** The ledger as sheet lines: Excel export and import (S07). */
    LedgerSheetService sheets();

    /**
     * The attachment use cases with {@code actor} signed in (the command line acts as a process with no
     * account, which may not attach; {@code bench bundle} attaches its files as a clerk would).
     */
    AttachmentService attachmentsAs(Actor actor);

    @Override
    void close();
}
