package org.hazardledger.ui.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.RiskPoint;
import org.hazardledger.model.RiskPointDraft;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The risk-point form: D, the level and the colour follow the factors; refusals at their fields. */
class RiskPointFormViewModelTest {

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

    private static Choice<BigDecimal> value(java.util.List<Choice<BigDecimal>> list, String v) {
        return list.stream().filter(c -> c.value().compareTo(new BigDecimal(v)) == 0).findFirst().orElseThrow();
    }

    @Test
    void dTheLevelAndTheColourFollowTheFactorsAsTheyArePicked() throws Exception {
        RiskPointFormViewModel vm = ui.onFx(() -> new RiskPointFormViewModel(ui.services, null, e.workshop().id()));
        ui.fx(vm::load);
        assertThat(vm.unitProperty().get().id()).isEqualTo(e.workshop().id());
        assertThat(vm.lValues()).hasSize(7);
        assertThat(vm.lValues().get(0).label()).startsWith("10 ");
        assertThat(vm.scoreProperty().get()).isEqualTo("—");
        assertThat(vm.colourProperty().get()).isNull();

        ui.fx(() -> {
            vm.lProperty().set(value(vm.lValues(), "3"));
            vm.eProperty().set(value(vm.eValues(), "6"));
            vm.cProperty().set(value(vm.cValues(), "40"));
        });
        assertThat(vm.scoreProperty().get()).isEqualTo("720");
        assertThat(vm.levelProperty().get()).isEqualTo("极其危险");
        assertThat(vm.colourProperty().get()).isEqualTo(RiskColour.RED);
        assertThat(vm.colourTextProperty().get()).isEqualTo("红色（重大风险）");

        ui.fx(() -> vm.cProperty().set(value(vm.cValues(), "7")));
        assertThat(vm.scoreProperty().get()).isEqualTo("126");
        assertThat(vm.colourProperty().get()).isEqualTo(RiskColour.YELLOW);
    }

    @Test
    void anIncompleteFormIsRefusedAtItsFieldsAndAGoodOneSaved() throws Exception {
        RiskPointFormViewModel vm = ui.onFx(() -> new RiskPointFormViewModel(ui.services, null, e.workshop().id()));
        ui.fx(vm::load);
        ui.fx(vm::submit);
        assertThat(vm.errorProperty(RiskPointDraft.NAME).get()).isEqualTo("必填项，请填写。");
        assertThat(vm.errorProperty(RiskPointDraft.L).get()).isEqualTo("必填项，请填写。");
        assertThat(vm.savedProperty().get()).isNull();

        ui.fx(() -> {
            vm.nameProperty().set("配电室");
            vm.hazardFactorsProperty().set("触电、电气火灾");
            vm.controlMeasuresProperty().set("停送电操作票；绝缘工器具定期试验");
            vm.lProperty().set(value(vm.lValues(), "1"));
            vm.eProperty().set(value(vm.eValues(), "6"));
            vm.cProperty().set(value(vm.cValues(), "15"));
            vm.submit();
        });
        RiskPoint saved = vm.savedProperty().get();
        assertThat(saved).isNotNull();
        assertThat(saved.colour()).isEqualTo(RiskColour.YELLOW);
        assertThat(ui.ledger.risks.list(null)).extracting(r -> r.point().name()).containsExactly("配电室");
    }
}
