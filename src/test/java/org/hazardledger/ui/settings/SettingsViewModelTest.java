package org.hazardledger.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import org.hazardledger.service.Messages;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerSql;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.TaskExecutor;
import org.hazardledger.ui.UiFixture;
import org.hazardledger.ui.settings.SettingsViewModel.AuditOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings page verifies the audit trail in the background and says what it found. */
class SettingsViewModelTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    private void writeLedger() {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            ledger.registerAssigned(ledger.initialiseSmall(), LedgerFixture.TODAY.minusDays(3));
        }
    }

    private static SettingsViewModel viewModel(UiFixture ui) throws Exception {
        return ui.onFx(() -> new SettingsViewModel(ui.services.audit(), ui.messages, ui.tasks));
    }

    @Test
    void anIntactTrailShowsHowManyEntries() throws Exception {
        writeLedger();
        try (UiFixture ui = new UiFixture(dir)) {
            SettingsViewModel vm = viewModel(ui);
            assertThat(vm.outcomeProperty().get()).isEqualTo(AuditOutcome.NOT_RUN);
            assertThat(vm.resultTextProperty().get()).isEmpty();

            ui.fx(vm::verifyAudit);
            assertThat(ui.tasks.executedCount()).as("on the TaskExecutor").isEqualTo(1);
            assertThat(vm.outcomeProperty().get()).isEqualTo(AuditOutcome.INTACT);
            assertThat(vm.resultTextProperty().get()).isEqualTo("审计链完整：9 条记录");
            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(ui.dialogs.shown).isEmpty();
        }
    }

    @Test
    void aChangedEntryIsNamedWithItsReason() throws Exception {
        writeLedger();
        LedgerSql.execute(dir, "UPDATE ledger_event SET payload = ? WHERE seq = 2", "{}");
        try (UiFixture ui = new UiFixture(dir)) {
            SettingsViewModel vm = viewModel(ui);
            ui.fx(vm::verifyAudit);
            assertThat(vm.outcomeProperty().get()).isEqualTo(AuditOutcome.BROKEN);
            assertThat(vm.resultTextProperty().get())
                    .startsWith("审计链在第 2 条记录处断开：这条记录写入后被改动过。")
                    .contains("2026-06-15 09:30:00 +08:00", "org_unit", "ADD");
        }
    }

    @Test
    void inEnglishADeletedEntryIsNamedToo() throws Exception {
        writeLedger();
        LedgerSql.execute(dir, "DELETE FROM ledger_event WHERE seq = 5");
        try (UiFixture ui = new UiFixture(dir, Messages.forLanguage("en"))) {
            SettingsViewModel vm = viewModel(ui);
            ui.fx(vm::verifyAudit);
            assertThat(vm.outcomeProperty().get()).isEqualTo(AuditOutcome.BROKEN);
            assertThat(vm.resultTextProperty().get()).startsWith(
                    "The audit trail is broken at entry 6: the numbering jumps, entries were deleted (missing: 5).");
        }
    }

    @Test
    void aFailureIsShownInsteadOfAResult() throws Exception {
        try (UiFixture ui = new UiFixture(dir)) {
            SettingsViewModel vm = viewModel(ui);
            ui.ledger.close(); // the ledger file is gone from under the page
            ui.fx(vm::verifyAudit);
            assertThat(vm.outcomeProperty().get()).isEqualTo(AuditOutcome.FAILED);
            assertThat(vm.resultTextProperty().get()).startsWith("无法完成验证：");
            assertThat(vm.runningProperty().get()).isFalse();
        }
    }

    @Test
    void whileRunningASecondPressDoesNothingAndCancelStopsIt() throws Exception {
        writeLedger();
        try (UiFixture ui = new UiFixture(dir)) {
            List<Task<?>> held = new ArrayList<>();
            TaskExecutor holding = new TaskExecutor() {
                @Override
                public <T> void execute(Task<T> task) {
                    held.add(task); // never started: the walk is "still running"
                }

                @Override
                public void shutdown() {
                    held.clear();
                }
            };
            SettingsViewModel vm = ui.onFx(() -> new SettingsViewModel(ui.services.audit(), ui.messages, holding));
            OnFx.run(() -> {
                vm.verifyAudit();
                vm.verifyAudit();
            });
            assertThat(held).hasSize(1);
            assertThat(vm.runningProperty().get()).isTrue();
            assertThat(vm.outcomeProperty().get()).isEqualTo(AuditOutcome.RUNNING);
            assertThat(vm.resultTextProperty().get()).isEqualTo("正在验证审计链……");

            OnFx.run(vm::cancelAudit);
            OnFx.drain();
            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(vm.outcomeProperty().get()).isEqualTo(AuditOutcome.CANCELLED);
            assertThat(vm.resultTextProperty().get()).isEqualTo("已停止验证，结果不完整。");
        }
    }
}
