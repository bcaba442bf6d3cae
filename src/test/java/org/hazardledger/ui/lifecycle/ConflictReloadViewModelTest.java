package org.hazardledger.ui.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardAction;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.service.Actor;
import org.hazardledger.service.HazardService;
import org.hazardledger.service.UserSession;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.RecordingDialogService.Shown;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lifecycle form whose hazard another user changed meanwhile: the refusal names who and how and
 * offers to reload; reloading shows the other user's version, cancelling keeps what was entered.
 */
class ConflictReloadViewModelTest {

    private static final LocalDate TODAY = LedgerFixture.TODAY;
    private static final Actor B = new Actor("张三 (zhangsan)", AccountRole.CLERK, null, null);

    @TempDir
    Path dir;
    private UiFixture ui;
    private SmallEnterprise e;
    private HazardService otherDesk;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void ledger() {
        ui = new UiFixture(dir.resolve("ledger"));
        e = ui.ledger.initialiseSmall();
        UserSession session = new UserSession(new Actor("process"));
        session.signIn(B);
        otherDesk = new HazardService(ui.ledger.store, session);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void aConflictOffersToReloadAndReloadingShowsTheOtherUsersVersion() throws Exception {
        Hazard h = ui.ledger.registerAssigned(e, TODAY.minusDays(2));
        HazardActionsViewModel bar = ui.onFx(() -> new HazardActionsViewModel(ui.services));
        List<Hazard> changed = new ArrayList<>();
        bar.setOnChanged(changed::add);
        ui.fx(() -> bar.show(h));
        ActionFormViewModel form = ui.onFx(() -> bar.form(HazardAction.ESCALATE));
        otherDesk.perform(h.id(), h.revision(), new HazardCommand.ReportRectified(TODAY, "已更换垫片（张三）"));

        ui.fx(() -> {
            form.textProperty().set("本班组无法处理");
            form.submit();
        });

        assertThat(ui.dialogs.reloadOffers()).hasSize(1);
        Shown offer = ui.dialogs.reloadOffers().get(0);
        assertThat(offer.title()).isEqualTo("记录已被他人修改");
        assertThat(offer.message()).contains("隐患 " + h.number() + " 已被 张三 (zhangsan) 于 2026-06-15 09:30 修改（报告整改完成），您的修改未保存。")
                .contains("[重新载入 | 取消]");
        assertThat(form.doneProperty().get()).isNull();
        Hazard reloaded = form.reloadedProperty().get();
        assertThat(reloaded.status()).isEqualTo(HazardStatus.AWAITING_ACCEPTANCE);
        assertThat(reloaded.handling().evidence()).isEqualTo("已更换垫片（张三）");
        assertThat(reloaded.handling().escalationReason()).isNull();

        // What the dialog does with the reloaded hazard: the ledger and the action bar show B's state.
        ui.fx(() -> {
            bar.taken(reloaded);
            bar.show(reloaded);
        });
        assertThat(changed).containsExactly(reloaded);
        assertThat(bar.offers()).extracting(ActionOffer::action).doesNotContain(HazardAction.ESCALATE)
                .contains(HazardAction.ACCEPT);
    }

    @Test
    void cancellingTheReloadKeepsTheInputAndSaysWhyItWasNotSaved() throws Exception {
        Hazard h = ui.ledger.registerAssigned(e, TODAY.minusDays(2));
        ui.dialogs.answerReloadWith(false);
        HazardActionsViewModel bar = ui.onFx(() -> new HazardActionsViewModel(ui.services));
        ui.fx(() -> bar.show(h));
        ActionFormViewModel form = ui.onFx(() -> bar.form(HazardAction.REPORT_RECTIFIED));
        otherDesk.perform(h.id(), h.revision(), new HazardCommand.Escalate("需车间协调（张三）"));

        ui.fx(() -> {
            form.textProperty().set("已更换垫片");
            form.submit();
        });

        assertThat(ui.dialogs.reloadOffers()).hasSize(1);
        assertThat(form.reloadedProperty().get()).isNull();
        assertThat(form.doneProperty().get()).isNull();
        assertThat(form.textProperty().get()).isEqualTo("已更换垫片");
        assertThat(form.formErrorProperty().get()).contains("张三 (zhangsan)").contains("您的修改未保存");
        assertThat(ui.ledger.hazards.byId(h.id()).orElseThrow().handling().evidence()).isNull();
    }
}
