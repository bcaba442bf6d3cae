package org.hazardledger.ui;

import java.nio.file.Path;
import org.hazardledger.exchange.ExchangeDesk;
import java.time.Clock;
import org.hazardledger.report.PdfPrinting;
import org.hazardledger.report.ReportService;
import org.hazardledger.service.AccountService;
import org.hazardledger.service.AttachmentService;
import org.hazardledger.service.ArchiveService;
import org.hazardledger.service.AuditService;
import org.hazardledger.service.CampaignServices;
import org.hazardledger.service.DeskDatabase;
import org.hazardledger.service.LedgerSheetService;
import org.hazardledger.service.HazardService;
import org.hazardledger.service.MajorHazardService;
import org.hazardledger.service.Messages;
import org.hazardledger.service.OrganisationService;
import org.hazardledger.service.ReferenceDataService;
import org.hazardledger.service.RiskRegisterService;
import org.hazardledger.service.ReminderService;
import org.hazardledger.service.RoundService;
import org.hazardledger.service.SetupService;
import org.hazardledger.service.UserSession;
import org.hazardledger.service.UnionService;

/**
 * Everything the window needs, handed over by the composition root (no singletons, no locator).
 * {@code session} is the open ledger's: the login screen signs in to it, the services read it.
 * {@code campaign} holds the services of S06 (reports, rewards, training, 安康杯, teams, proposals, statistics).
 * {@code sheets} exports the ledger to Excel and imports sheets into it (S07).
 * {@code printing} reaches the system's printers (tests give it a file-writing one).
 * {@code desk} says where the open ledger lives and which store this desk opens at the next start.
 */
public record WorkbenchServices(Path dataDir, Clock clock, Messages messages, HazardService hazards,
                                OrganisationService organisation, ReferenceDataService referenceData,
                                SetupService setup, ReportService reports, AuditService audit, UnionService union,
                                TaskExecutor tasks, DialogService dialogs, AccountService accounts,
                                UserSession session, MajorHazardService majorHazards,
                                AttachmentService attachments,
                                RiskRegisterService risks,
                                RoundService rounds, ArchiveService archives, ReminderService reminders,
                                PdfPrinting printing, ExchangeDesk exchange,
                                CampaignServices campaign, LedgerSheetService sheets, DeskDatabase desk) {
}
