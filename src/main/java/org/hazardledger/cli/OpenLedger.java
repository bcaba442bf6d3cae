package org.hazardledger.cli;

import org.hazardledger.exchange.ExchangeDesk;
import java.nio.file.Path;
import org.hazardledger.report.ReportService;
import org.hazardledger.service.Actor;
import org.hazardledger.service.AttachmentService;
import org.hazardledger.service.AuditService;
import org.hazardledger.service.CampaignServices;
import org.hazardledger.service.LedgerSheetService;
import org.hazardledger.service.LedgerTransferService;
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
     * Acts as a clerk (安全员) named for the benchmark, so {@code bench ledger} can time lifecycle
     * transitions; refused on a ledger that has accounts: only a throw-away benchmark ledger, which
     * has none, may be written to so.
     */
    void actAsBenchmarkClerk();

    /** Attaching files (for the signed-in user: see {@link #actAsBenchmarkClerk}). */
    AttachmentService attachments();

    /** Moving the whole ledger to another database (issue 10). */
    LedgerTransferService transfer();

    /** Where the ledger lives: its folder, or its server and user. */
    String location();

    @Override
    void close();
}
