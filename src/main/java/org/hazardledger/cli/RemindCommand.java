package org.hazardledger.cli;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.Escalation;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.Reminders;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;
import org.hazardledger.service.ReminderService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code remind}: today's reminders (rounds due and missed, hazards due soon and overdue, where
 * overdue ones are escalated to), counts then lines; with {@code --escalate} it first records the
 * escalations that are due. Meant for a daily scheduled task on the office PC.
 */
@Command(name = "remind", mixinStandardHelpOptions = true,
        description = "Today's reminders; --escalate records due escalations / 今日提醒与逾期升级")
final class RemindCommand implements Callable<Integer> {

    private static final String INDENT = "  ";

    @ParentCommand
    HazardLedgerCommand parent;

    @Mixin
    DataOption data;

    @Option(names = "--escalate",
            description = "Record the escalation of hazards overdue by the configured days / 记录逾期隐患的升级督办")
    boolean escalate;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "zh (default) or en")
    String language;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        Messages m = Messages.forLanguage(language);
        PrintWriter out = ctx.out();
        try (OpenLedger ledger = ctx.open(data)) {
            ReminderService reminders = ledger.reminders();
            List<Escalation> recorded = escalate ? reminders.escalateOverdue() : List.of();
            Reminders r = reminders.today();
            out.println(m.get("remind.title", r.day().toString()));
            if (escalate) {
                out.println(m.get("remind.escalatedNow", recorded.size()));
                recorded.forEach(e -> out.println(INDENT + escalation(m, e)));
            }
            if (r.isEmpty()) {
                out.println(m.get("remind.nothing"));
                return HazardLedgerCommand.OK;
            }
            out.println(m.get("remind.roundsDue", r.roundsDue().size()));
            r.roundsDue().forEach(e -> out.println(INDENT + round(m, e)));
            out.println(m.get("remind.roundsMissed", r.roundsMissedYesterday().size()));
            r.roundsMissedYesterday().forEach(e -> out.println(INDENT + round(m, e)));
            out.println(m.get("remind.dueSoon", r.dueSoon().size(), reminders.dueSoonDays()));
            r.dueSoon().forEach(h -> out.println(INDENT + m.get("remind.hazard.due", h.number(), h.deadline().toString(),
                    h.unitName(), tier(m, h.rectifyingTier()), summary(h))));
            out.println(m.get("remind.overdue", r.overdue().size()));
            r.overdue().forEach(h -> out.println(INDENT + m.get("remind.hazard.overdue", h.number(), h.deadline().toString(),
                    ChronoUnit.DAYS.between(h.deadline(), r.day()), h.unitName(),
                    tier(m, h.rectifyingTier()), summary(h))));
            out.println(m.get("remind.escalations", r.escalations().size()));
            r.escalations().forEach(e -> out.println(INDENT + escalation(m, e)));
        }
        return HazardLedgerCommand.OK;
    }

    /** The short tier name (车间 rather than 车间（区、队）), as the ledger table shows it. */
    private static String tier(Messages m, Tier t) {
        return switch (t) {
            case POST -> m.get("tier.short.POST");
            case TEAM -> m.get("tier.short.TEAM");
            case WORKSHOP -> m.get("tier.short.WORKSHOP");
            case PLANT -> m.get("tier.short.PLANT");
        };
    }

    private static String round(Messages m, ComplianceEntry e) {
        return e.period().singleDay()
                ? m.get("remind.round.day", tier(m, e.tier()), e.unitName(), e.period().from().toString())
                : m.get("remind.round.span", tier(m, e.tier()), e.unitName(), e.period().from().toString(),
                        e.period().to().toString());
    }

    private static String escalation(Messages m, Escalation e) {
        String head = e.toHeadName() == null ? m.get("remind.noHead") : e.toHeadName();
        return e.toPrincipal()
                ? m.get("remind.escalation.principal", e.number(), e.daysOverdue(), e.toUnitName(), head)
                : m.get("remind.escalation.line", e.number(), e.daysOverdue(), tier(m, e.toTier()), e.toUnitName(),
                        head);
    }

    /** The description on one line, cut to a readable length. */
    private static String summary(HazardRow h) {
        String d = h.description() == null ? "" : h.description().replaceAll("\\s+", " ").strip();
        return d.length() > 40 ? d.substring(0, 39) + "…" : d;
    }
}
