package org.hazardledger.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.Industry;
import org.hazardledger.ui.FxTaskExecutor;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The first start: an empty ledger for a named enterprise, or the demo, with cancel. */
class SetupViewModelTest {

    @TempDir
    Path dir;
    private UiFixture ui;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void ledger() {
        ui = new UiFixture(dir);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void anEmptyLedgerNeedsTheEnterpriseName() throws Exception {
        SetupViewModel vm = ui.onFx(() -> new SetupViewModel(ui.ledger.setup, ui.messages, ui.tasks));
        ui.fx(() -> {
            vm.modeProperty().set(SetupViewModel.Mode.EMPTY);
            vm.start();
        });
        assertThat(vm.nameErrorProperty().get()).isEqualTo("请填写企业名称。");
        assertThat(vm.finishedProperty().get()).isFalse();

        ui.fx(() -> vm.enterpriseNameProperty().set("  红星化工有限公司 "));
        assertThat(vm.nameErrorProperty().get()).isEmpty();
        ui.fx(() -> {
            vm.industryProperty().set(vm.industries().stream()
                    .filter(c -> c.value() == Industry.CHEMICALS).findFirst().orElseThrow());
            vm.start();
        });
        assertThat(vm.finishedProperty().get()).isTrue();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(ui.ledger.setup.isInitialised()).isTrue();
        assertThat(ui.ledger.organisation.enterprise().orElseThrow().name()).isEqualTo("红星化工有限公司");
    }

    @Test
    void aFederationLedgerNeedsItsName() throws Exception {
        SetupViewModel vm = ui.onFx(() -> new SetupViewModel(ui.ledger.setup, ui.messages, ui.tasks));
        ui.fx(() -> {
            vm.modeProperty().set(SetupViewModel.Mode.FEDERATION);
            vm.enterpriseNameProperty().set("不相干的企业名");
            vm.start();
        });
        assertThat(vm.federationNameErrorProperty().get()).isEqualTo("请填写总工会（联合会）名称。");
        assertThat(ui.ledger.setup.isInitialised()).isFalse();

        ui.fx(() -> {
            vm.federationNameProperty().set(" 江城市总工会 ");
            vm.start();
        });
        assertThat(vm.federationNameErrorProperty().get()).isEmpty();
        assertThat(vm.finishedProperty().get()).isTrue();
        assertThat(ui.ledger.setup.role()).isEqualTo(org.hazardledger.model.InstallationRole.FEDERATION);
        assertThat(ui.ledger.organisation.enterprise().orElseThrow().name()).isEqualTo("江城市总工会");
    }

    @Test
    void theDemoLoadsInTheBackgroundWithProgress() throws Exception {
        // On a worker thread, as in the window (and twice as fast as on the FX thread).
        FxTaskExecutor background = new FxTaskExecutor();
        try {
            SetupViewModel vm = ui.onFx(() -> new SetupViewModel(ui.ledger.setup, ui.messages, background));
            AtomicReference<Double> most = new AtomicReference<>(0.0);
            OnFx.run(() -> {
                vm.progressProperty().addListener((o, was, now) -> most.accumulateAndGet(now.doubleValue(), Math::max));
                vm.start();
            });
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
            OnFx.drain();
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.finishedProperty().get()).isTrue();
            assertThat(most.get()).as("the bar moved").isGreaterThan(0.5);
            assertThat(ui.ledger.setup.isInitialised()).isTrue();
            assertThat(ui.ledger.hazards.count(HazardQuery.ALL)).isGreaterThan(1000);
        } finally {
            background.shutdown();
        }
    }

    @Test
    void cancellingTheDemoLeavesTheLedgerEmptyAndAsksAgain() throws Exception {
        FxTaskExecutor background = new FxTaskExecutor();
        try {
            SetupViewModel vm = OnFx.call(() -> new SetupViewModel(ui.ledger.setup, ui.messages, background));
            OnFx.run(vm::start);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.progressProperty().get() > 0
                    || !vm.runningProperty().get());
            OnFx.run(vm::cancel);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
            OnFx.drain();
            assertThat(vm.finishedProperty().get()).isFalse();
            assertThat(vm.statusProperty().get()).isEqualTo("已取消，台账仍是空的。请重新选择。");
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(ui.ledger.setup.isInitialised()).isFalse();
            assertThat(ui.ledger.hazards.count(HazardQuery.ALL)).isZero();

            // Asked again, the user can still set up an empty ledger.
            OnFx.run(() -> {
                vm.modeProperty().set(SetupViewModel.Mode.EMPTY);
                vm.enterpriseNameProperty().set("红星化工有限公司");
                vm.start();
            });
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.finishedProperty().get());
            assertThat(ui.ledger.setup.isInitialised()).isTrue();
        } finally {
            background.shutdown();
        }
    }
}
