package org.hazardledger.ui.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.testing.LedgerFixture.TODAY;

import java.nio.file.Path;
import org.hazardledger.model.Hazard;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 今日提醒: rounds due today and overdue hazards listed, the panel opened and one notification per day. */
class ReminderViewModelTest {

    @TempDir
    Path dir;
    private UiFixture ui;
    private SmallEnterprise e;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void ledger() {
        ui = new UiFixture(dir);
        e = ui.ledger.initialiseSmall();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void listsTodaysRoundsAndOverdueHazardsOpensThePanelAndNotifiesOnce() throws Exception {
        // found 20 days ago with ten days to fix it: overdue since 2026-06-05
        Hazard late = ui.ledger.registerAssigned(e, TODAY.minusDays(20));
        ReminderViewModel vm = ui.onFx(() -> new ReminderViewModel(ui.services));
        assertThat(vm.shownProperty().get()).isFalse();

        ui.fx(vm::load);

        assertThat(vm.roundsDue()).anySatisfy(line -> assertThat(line).startsWith("甲班"));
        assertThat(vm.overdue()).singleElement().asString().startsWith(late.number().toString())
                .contains("2026-06-05");
        assertThat(vm.countProperty().get()).isGreaterThanOrEqualTo(2);
        assertThat(vm.summaryProperty().get()).contains("逾期隐患 1");
        assertThat(vm.shownProperty().get()).as("opened when there is something to see").isTrue();
        assertThat(vm.notificationProperty().get()).isEqualTo(vm.summaryProperty().get());
        // seven days past the three-day rung: the escalation shown is also recorded, once
        assertThat(vm.escalations()).singleElement().asString().startsWith(late.number().toString());
        ui.fx(vm::load);
        assertThat(ui.ledger.audit.timeline(late.id()))
                .filteredOn(step -> step.action().equals("OVERDUE_ESCALATED")).hasSize(1);

        // closed by the user, the same day's check neither reads again nor reopens it
        ui.fx(() -> vm.shownProperty().set(false));
        int reads = ui.tasks.executedCount();
        ui.fx(vm::checkDay);
        assertThat(ui.tasks.executedCount()).isEqualTo(reads);
        assertThat(vm.shownProperty().get()).isFalse();

        ui.fx(vm::clear);
        assertThat(vm.overdue()).isEmpty();
        assertThat(vm.roundsDue()).isEmpty();
    }
}
