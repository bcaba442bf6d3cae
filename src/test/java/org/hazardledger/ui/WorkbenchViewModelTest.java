package org.hazardledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell asks for setup on an empty ledger and shows the enterprise once there is one. */
class WorkbenchViewModelTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @Test
    void anEmptyLedgerAsksForSetupThenOpensWithTheEnterpriseInTheStatusBar() throws Exception {
        try (UiFixture ui = new UiFixture(dir)) {
            WorkbenchViewModel vm = ui.onFx(() -> new WorkbenchViewModel(ui.services));
            ui.fx(vm::start);
            assertThat(vm.startupProperty().get()).isEqualTo(WorkbenchViewModel.Startup.NEEDS_SETUP);
            assertThat(vm.ledgerActiveProperty().get()).isFalse();
            assertThat(vm.enterpriseTextProperty().get()).isEqualTo("企业：（尚未建立）");
            assertThat(vm.dataFolderTextProperty().get()).isEqualTo("数据文件夹：" + dir.toAbsolutePath());
            ui.ledger.initialiseSmall();
            ui.fx(vm::setupFinished);
            assertThat(vm.startupProperty().get()).isEqualTo(WorkbenchViewModel.Startup.READY);
            assertThat(vm.enterpriseTextProperty().get()).isEqualTo("企业：测试化工有限公司");
            assertThat(vm.ledgerActiveProperty().get()).isTrue();
            ui.fx(() -> vm.pageProperty().set(Page.STATISTICS));
            assertThat(vm.ledgerActiveProperty().get()).isFalse();
        }
    }
}
