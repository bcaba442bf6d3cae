package org.hazardledger.ui.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.RiskPoint;
import org.hazardledger.model.RiskPointDraft;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hazard detail shows the risk point the hazard belongs to, and links and unlinks it. */
class LinkRiskPointViewModelTest {

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

    private String riskLine(HazardDetailViewModel d) {
        return d.sections().stream().flatMap(s -> s.lines().stream()).filter(l -> l.label().equals("风险点"))
                .findFirst().orElseThrow().value();
    }

    @Test
    void aHazardAtAPostIsLinkedToItsWorkshopsRiskPointAndUnlinked() throws Exception {
        RiskPoint reactor = ui.ledger.risks.create(new RiskPointDraft(e.workshop().id(), "反应釜（放热反应）",
                "合成厂房", "飞温超压", new BigDecimal("3"), new BigDecimal("6"), new BigDecimal("40"), "联锁", null));
        ui.ledger.risks.create(new RiskPointDraft(e.plant().id(), "厂区道路", null, "车辆伤害",
                new BigDecimal("1"), new BigDecimal("6"), new BigDecimal("7"), "限速", null));
        Hazard h = ui.ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY));

        HazardDetailViewModel d = ui.onFx(() -> new HazardDetailViewModel(ui.services));
        ui.fx(() -> d.show(h.id()));
        assertThat(riskLine(d)).isEqualTo("未关联");
        assertThat(d.riskPointProperty().get()).isNull();

        LinkRiskPointViewModel form = ui.onFx(d::linkForm);
        ui.fx(form::load);
        // the post's own units and those above it: the workshop's and the plant's points
        assertThat(form.candidates()).extracting(r -> r.point().name())
                .containsExactlyInAnyOrder("反应釜（放热反应）", "厂区道路");
        ui.fx(form::submit);
        assertThat(form.errorProperty().get()).isEqualTo("请选择一个风险点。");

        ui.fx(() -> {
            form.selectedProperty().set(form.candidates().stream()
                    .filter(r -> r.point().id().equals(reactor.id())).findFirst().orElseThrow());
            form.submit();
        });
        assertThat(form.doneProperty().get()).isTrue();
        ui.fx(d::linked);
        assertThat(d.riskPointProperty().get().id()).isEqualTo(reactor.id());
        assertThat(riskLine(d)).isEqualTo("反应釜（放热反应）（红色（重大风险），D = 720，极其危险）");

        ui.fx(d::unlinkRiskPoint);
        assertThat(d.riskPointProperty().get()).isNull();
        assertThat(ui.ledger.risks.hazards(reactor.id())).isEmpty();
    }
}
