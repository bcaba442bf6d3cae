package org.hazardledger.ui.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardAction;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regrading a hazard major in the action form asks for the clause it meets, as registering does. */
class RegradeCriterionTest {

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
        ui.ledger.session.signIn(LedgerFixture.CLERK);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void regradingMajorWithoutAClauseIsRefusedAtTheClauseThenTakenWithOne() throws Exception {
        Hazard h = ui.ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY));
        HazardActionsViewModel bar = ui.onFx(() -> new HazardActionsViewModel(ui.services));
        ui.fx(() -> bar.show(h));
        ActionFormViewModel form = ui.onFx(() -> bar.form(HazardAction.REGRADE));
        ui.fx(form::load);
        assertThat(form.majorProperty().get()).isFalse();
        ui.fx(() -> {
            form.gradeProperty().set(form.grades().stream().filter(c -> c.value() == Grade.MAJOR).findFirst()
                    .orElseThrow());
            form.majorReasonProperty().set(form.majorReasons().stream()
                    .filter(c -> c.value() == MajorReason.PRODUCTION_STOP_REQUIRED).findFirst().orElseThrow());
            form.tierProperty().set(form.tiers().stream().filter(c -> c.value() == Tier.PLANT).findFirst()
                    .orElseThrow());
            form.submit();
        });
        assertThat(form.majorProperty().get()).isTrue();
        assertThat(form.errorProperty(HazardDraft.MAJOR_CRITERION).get())
                .isEqualTo("重大隐患须选择所符合的判定标准条款，或选择“其他”并说明理由。");
        assertThat(form.doneProperty().get()).isNull();

        ui.fx(() -> {
            form.criterion().filterProperty().set("CHEM-09");
            form.criterion().selectedProperty().set(form.criterion().shown().get(0));
            form.submit();
        });
        Hazard regraded = form.doneProperty().get();
        assertThat(regraded).isNotNull();
        assertThat(regraded.grading().grade()).isEqualTo(Grade.MAJOR);
        assertThat(regraded.grading().citation().code()).isEqualTo("CHEM-09");
    }
}
