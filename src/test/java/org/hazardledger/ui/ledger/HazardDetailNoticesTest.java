package org.hazardledger.ui.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.RecordType;
import org.hazardledger.store.ReceivedRows;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hazard detail pane lists the federation’s notices received on the hazard (上级工会通知). */
class HazardDetailNoticesTest {

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
    void noticesOnTheHazardShowNewestFirstAndAListingStandsOut() throws Exception {
        LedgerFixture.SmallEnterprise e = ui.ledger.initialiseSmall();
        Hazard h = ui.ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY));
        Hazard other = ui.ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY));
        ReceivedRows fed = new ReceivedRows(ui.ledger.database, UUID.randomUUID());
        fed.record(RecordType.FEDERATION_NOTICE, UUID.randomUUID()).hazard(h.id(), h.number().toString())
                .kind("SUPERVISION").field("enterpriseInstallation", UUID.randomUUID().toString())
                .field("title", "督查通知").field("body", "请整改。").field("issuedOn", "2026-06-01")
                .field("issuedBy", "市总工会").save();
        fed.record(RecordType.FEDERATION_NOTICE, UUID.randomUUID()).hazard(h.id(), h.number().toString())
                .kind("LISTING").field("enterpriseInstallation", UUID.randomUUID().toString())
                .field("documentNo", "江工发〔2026〕12号").field("title", "挂牌督办通知").field("body", "限期整改。")
                .field("issuedOn", "2026-06-10").field("issuedBy", "市总工会").save();

        HazardDetailViewModel d = ui.onFx(() -> new HazardDetailViewModel(ui.services));
        ui.fx(() -> d.show(h.id()));
        DetailSection notices = d.sections().get(d.sections().size() - 1);
        assertThat(notices.title()).isEqualTo("上级工会通知");
        assertThat(notices.lines()).extracting(DetailLine::label)
                .containsExactly("2026-06-10 挂牌督办通知", "2026-06-01 督查通知");
        assertThat(notices.lines().get(0).value()).isEqualTo("挂牌督办通知（江工发〔2026〕12号）");
        assertThat(notices.lines().get(0).alert()).isTrue();
        assertThat(notices.lines().get(1).alert()).isFalse();

        ui.fx(() -> d.show(other.id()));
        assertThat(d.sections()).extracting(DetailSection::title).doesNotContain("上级工会通知");
    }
}
