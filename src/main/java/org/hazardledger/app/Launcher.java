package org.hazardledger.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import org.hazardledger.cli.CliContext;
import org.hazardledger.cli.HazardLedgerCommand;
import org.hazardledger.cli.OpenLedger;
import org.hazardledger.exchange.ExchangeDesk;
import org.hazardledger.report.ReportService;
import org.hazardledger.service.Actor;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DatabaseServer;
import org.hazardledger.model.DomainException;
import org.hazardledger.service.AuditService;
import org.hazardledger.service.HazardService;
import org.hazardledger.service.Messages;
import org.hazardledger.service.OrganisationService;
import org.hazardledger.service.ReferenceDataService;
import org.hazardledger.service.ReminderService;
import org.hazardledger.service.RoundService;
import org.hazardledger.service.SetupService;

/**
 * The entry point. A plain class, not an {@code Application}: the JVM would otherwise start
 * JavaFX before {@code main}, and {@code --version} would need a display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.exit(run(args));
    }

    static int run(String... args) {
        return HazardLedgerCommand.run(CliContext.onConsole(Launcher::openForCommand, Launcher::startWorkbench,
                DataFolders::defaultDataDir), args);
    }

    static OpenLedger openForCommand(Path dataDir, DatabaseServer server) {
        return openForCommand(dataDir, server, Clock.systemDefaultZone());
    }

    /** As {@link #openForCommand(Path, DatabaseServer)} on another clock: tests fix "today" for date-bound commands. */
    static OpenLedger openForCommand(Path dataDir, DatabaseServer server, Clock clock) {
        Logging.toDataFolder(dataDir);
        return new CommandLedger(Ledger.open(dataDir, server, clock, currentActor()));
    }

    private static int startWorkbench(Path dataDir, DatabaseServer server, String language) {
        // JavaFX's own texts (OK, Cancel, calendar names) follow the default locale, read at start.
        Locale.setDefault(Messages.forLanguage(language).locale());
        Application.launch(WorkbenchApplication.class, WorkbenchArguments.of(dataDir, server, language));
        return HazardLedgerCommand.OK;
    }

    /** Until accounts exist (S02), the operating-system user is written on every event. */
    /** The name the benchmark's lifecycle transitions are recorded under. */
    private static final String BENCHMARK_CLERK = "bench (benchmark clerk)";

    static Actor currentActor() {
        return new Actor(System.getProperty("user.name", "clerk"));
    }

    /** The composition root seen through the command line's interface. */
    private record CommandLedger(Ledger ledger) implements OpenLedger {

        @Override
        public Path dataDir() {
            return ledger.dataDir();
        }

        @Override
        public void actAsBenchmarkClerk() {
            if (ledger.accounts().hasAnyAccount()) {
                throw new DomainException("error.cli.bench.notBenchmarkLedger", ledger.dataDir().toString());
            }
            ledger.session().signIn(new Actor(BENCHMARK_CLERK, AccountRole.CLERK, null, null));
        }

        @Override
        public HazardService hazards() {
            return ledger.hazards();
        }

        @Override
        public OrganisationService organisation() {
            return ledger.organisation();
        }

        @Override
        public ReferenceDataService referenceData() {
            return ledger.referenceData();
        }

        @Override
        public SetupService setup() {
            return ledger.setup();
        }

        @Override
        public ReportService reports() {
            return ledger.reports();
        }

        @Override
        public AuditService audit() {
            return ledger.audit();
        }

        @Override
        public RoundService rounds() {
            return ledger.rounds();
        }

        @Override
        public ReminderService reminders() {
            return ledger.reminders();
        }

        @Override
        public ExchangeDesk exchange() {
            return ledger.exchange();
        }

        @Override
        public org.hazardledger.service.CampaignServices campaign() {
            return ledger.campaign();
        }

        @Override
        public org.hazardledger.service.LedgerSheetService sheets() {
            return ledger.sheets();
        }

        @Override
        public org.hazardledger.service.AttachmentService attachments() {
            return ledger.attachments();
        }

        @Override
        public org.hazardledger.service.LedgerTransferService transfer() {
            return ledger.transfer();
        }

        @Override
        public String location() {
            return ledger.location();
        }

        @Override
        public void close() {
            ledger.close();
        }
    }
}
