package org.hazardledger.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.hazardledger.service.HazardService;
import org.hazardledger.service.Messages;

/**
 * The forms people print by the batch: a month's closure forms (for the month's file) and the
 * notices in force in a unit (to hand out at a meeting). Each batch becomes one PDF through
 * {@link ReportService#printBatch}.
 */
public final class FormBatches {

    /** One batch: its title (the PDF's title and file name) and its forms, in print order. */
    public record Batch(String title, List<FormRequest.HazardForm> requests) {
        public Batch {
            Objects.requireNonNull(title, "title");
            requests = List.copyOf(requests);
        }
    }

    private final HazardService hazards;
    private final Messages chinese = Messages.forLanguage("zh");

    public FormBatches(HazardService hazards) {
        this.hazards = Objects.requireNonNull(hazards, "hazards");
    }

    /** The closure forms (销号单) of every hazard struck off in {@code month}, in the order closed. */
    public Batch closuresOf(YearMonth month) {
        String title = chinese.get("printBatch.closures.title", String.valueOf(month.getYear()),
                String.valueOf(month.getMonthValue()));
        return new Batch(title, hazards.closedIn(month).stream()
                .map(n -> new FormRequest.HazardForm(FormKind.CLOSURE, n)).toList());
    }

    /**
     * The rectification notices (整改通知单) of every hazard under rectification (整改中) in the unit
     * and the units below it, by number; hazards not yet assigned or already reported done have no
     * notice in force.
     */
    public Batch noticesOf(java.util.UUID unitId, String unitName) {
        String title = chinese.get("printBatch.notices.title", unitName);
        return new Batch(title, hazards.rectifyingIn(unitId).stream()
                .map(n -> new FormRequest.HazardForm(FormKind.NOTICE, n)).toList());
    }
}
