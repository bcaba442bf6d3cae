package org.hazardledger.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.hazardledger.model.AccountRole;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reply-period setting: read, refused at the field when wrong, saved for the next proposals. */
class ReplyClockSettingViewModelTest {

    @TempDir
    Path dir;
    private UiFixture ui;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void ledger() {
        ui = new UiFixture(dir.resolve("ledger"));
        ui.ledger.initialiseSmall();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void theClerkChangesTheReplyPeriodAndBadInputIsExplainedAtTheField() throws Exception {
        ReplyClockSettingViewModel vm = ui.onFx(() -> new ReplyClockSettingViewModel(ui.services.union(),
                ui.messages, ui.tasks));
        ui.fx(vm::load);
        assertThat(vm.daysProperty().get()).isEqualTo("15");

        ui.fx(() -> {
            vm.daysProperty().set("十五");
            vm.save();
        });
        assertThat(vm.errorProperty().get()).isEqualTo("请填写天数，例如 15。");
        ui.fx(() -> {
            vm.daysProperty().set("0");
            vm.save();
        });
        assertThat(vm.errorProperty().get()).isEqualTo("答复期限至少为 1 个工作日，不能是 0。");
        assertThat(ui.ledger.union.replyClock().workingDays()).isEqualTo(15);

        ui.fx(() -> {
            vm.daysProperty().set("10");
            vm.save();
        });
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.savedProperty().get()).isEqualTo("已保存：此后提出的建议须在 10 个工作日内答复。");
        assertThat(ui.ledger.union.replyClock().workingDays()).isEqualTo(10);

        ui.ledger.signIn("工会小组长", AccountRole.UNION_MEMBER, null);
        ui.fx(() -> {
            vm.daysProperty().set("20");
            vm.save();
        });
        assertThat(vm.errorProperty().get()).as("the union does not set the enterprise's own deadline")
                .isNotEmpty();
        assertThat(ui.ledger.union.replyClock().workingDays()).isEqualTo(10);
    }
}
