package org.hazardledger.ui.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.hazardledger.model.ConsolidatedHazard;
import org.hazardledger.model.EnterpriseOverview;
import org.hazardledger.model.FederationNotice;
import org.hazardledger.model.NoticeDraft;
import org.hazardledger.model.NoticeKind;
import org.hazardledger.model.RecordType;
import org.hazardledger.store.ReceivedRows;
import org.hazardledger.testing.TwoEnterprises;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The federation's 汇总 page, its 发出通知 form, and the enterprise's 上级通知 page, without a screen. */
class FederationViewModelTest {

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

    private FederationViewModel overview() throws Exception {
        ui.ledger.setup.initialiseFederation("江城市总工会");
        TwoEnterprises.load(ui.ledger);
        FederationViewModel vm = ui.onFx(() -> new FederationViewModel(ui.services));
        ui.fx(vm::load);
        return vm;
    }

    @Test
    void theOverviewListsTheEnterprisesAndNarrowsTheTabsToTheChosenOne() throws Exception {
        FederationViewModel vm = overview();

        assertThat(vm.enterprises()).extracting(EnterpriseOverview::name).containsExactly("北湖煤矿", "江城化工集团");
        assertThat(vm.messageProperty().get()).isEqualTo("共 2 家企业。");
        assertThat(vm.majorHazards()).hasSize(3);
        assertThat(vm.overdueHazards()).hasSize(2);
        assertThat(vm.listedHazards()).hasSize(1);
        assertThat(vm.stopProduction()).hasSize(1);
        assertThat(vm.compliance()).hasSize(1);
        assertThat(vm.campaignFigures()).hasSize(1);
        assertThat(vm.lastBundleText(vm.enterprises().get(0))).isEqualTo("尚未收到");
        assertThat(vm.lastBundleText(vm.enterprises().get(1))).isEqualTo("2026-06-12 08:00");
        assertThat(vm.fieldsText(vm.compliance().get(0))).contains("unit: 一厂").contains("required: 4");
        assertThat(vm.statusText(vm.overdueHazards().get(0))).isNotEmpty();

        ui.fx(() -> vm.selectedEnterpriseProperty().set(vm.enterprises().get(0)));
        assertThat(vm.majorHazards()).extracting(ConsolidatedHazard::enterpriseName).containsExactly("北湖煤矿");
        assertThat(vm.overdueHazards()).hasSize(1);
        assertThat(vm.stopProduction()).isEmpty();
        assertThat(vm.campaignFigures()).hasSize(1);
        assertThat(vm.compliance()).isEmpty();

        ui.fx(() -> vm.selectedEnterpriseProperty().set(null));
        assertThat(vm.majorHazards()).hasSize(3);
    }

    @Test
    void theNoticeFormStartsWithTheChosenHazardAndRefusesAtTheFields() throws Exception {
        FederationViewModel vm = overview();
        ui.fx(() -> {
            vm.selectedEnterpriseProperty().set(vm.enterprises().get(1));
            vm.selectedHazardProperty().set(vm.listedHazards().get(0));
        });
        NoticeFormViewModel form = ui.onFx(vm::newNoticeForm);
        ui.tasks.awaitDelivered();
        assertThat(form.enterpriseProperty().get().label()).isEqualTo("江城化工集团");
        assertThat(form.hazards()).hasSize(4);
        assertThat(form.hazardProperty().get().value().hazardId()).isEqualTo(TwoEnterprises.A_MAJOR);
        assertThat(form.issuedOnProperty().get()).isEqualTo(org.hazardledger.testing.LedgerFixture.TODAY);

        ui.fx(() -> {
            form.kindProperty().set(form.kinds().stream().filter(k -> k.value() == NoticeKind.VERIFICATION)
                    .findFirst().orElseThrow());
            form.submit();
        });
        assertThat(form.verificationProperty().get()).isTrue();
        assertThat(form.errorProperty(NoticeDraft.TITLE).get()).isEqualTo("请填写内容。");
        assertThat(form.errorProperty(NoticeDraft.BODY).get()).isEqualTo("请填写内容。");
        assertThat(form.formErrorProperty().get()).isNotEmpty();
        assertThat(form.issuedProperty().get()).isNull();

        ui.fx(() -> {
            form.titleProperty().set("重大隐患核查结果");
            form.documentNoProperty().set("江工函〔2026〕3号");
            form.bodyProperty().set("经现场核查，储罐区可燃气体报警装置已安装。");
            form.verifiedProperty().set(true);
            form.submit();
        });
        assertThat(form.errorProperty(NoticeDraft.TITLE).get()).isEmpty();
        FederationNotice issued = form.issuedProperty().get();
        assertThat(issued).isNotNull();
        assertThat(issued.verified()).isTrue();
        assertThat(issued.hazardNumber()).isEqualTo("YH-2026-0002");
        assertThat(ui.ledger.exchange.federation().notices(TwoEnterprises.A)).containsExactly(issued);

        ui.fx(() -> vm.noticeIssued(issued));
        assertThat(vm.messageProperty().get()).contains("重大隐患核查结果");
    }

    @Test
    void aListingWithoutItsHazardIsRefusedAtTheHazard() throws Exception {
        FederationViewModel vm = overview();
        NoticeFormViewModel form = ui.onFx(vm::newNoticeForm);
        assertThat(form.enterpriseProperty().get()).isNull();
        ui.fx(() -> form.enterpriseProperty().set(form.enterprises().get(0)));
        assertThat(form.hazards()).extracting(c -> c.value() == null ? null : c.value().number())
                .containsExactly(null, "YH-2026-0001");
        ui.fx(() -> {
            form.kindProperty().set(form.kinds().stream().filter(k -> k.value() == NoticeKind.LISTING)
                    .findFirst().orElseThrow());
            form.titleProperty().set("挂牌督办通知");
            form.bodyProperty().set("请整改。");
            form.submit();
        });
        assertThat(form.errorProperty(NoticeDraft.HAZARD).get()).isEqualTo("核查结果和挂牌督办通知须写明所涉隐患。");
        assertThat(form.draft().verified()).as("only a verification says verified").isNull();
        assertThat(ui.ledger.exchange.federation().notices(TwoEnterprises.B)).isEmpty();
    }

    @Test
    void theEnterpriseListsTheNoticesItReceived() throws Exception {
        ui.ledger.initialiseSmall();
        ReceivedRows fed = new ReceivedRows(ui.ledger.database, UUID.randomUUID());
        fed.record(RecordType.FEDERATION_NOTICE, UUID.randomUUID()).hazard(UUID.randomUUID(), "YH-2026-06-0001")
                .kind("VERIFICATION").field("enterpriseInstallation", UUID.randomUUID().toString())
                .field("documentNo", "江工函〔2026〕3号").field("title", "核查结果").field("body", "整改未到位。")
                .field("verified", false).field("issuedOn", "2026-06-01").field("issuedBy", "市总工会").save();
        ReceivedNoticesViewModel vm = ui.onFx(() -> new ReceivedNoticesViewModel(ui.services));
        ui.fx(vm::load);
        assertThat(vm.notices()).hasSize(1);
        assertThat(vm.messageProperty().get()).isEqualTo("共 1 份通知。");
        ui.fx(() -> vm.selectedProperty().set(vm.notices().get(0)));
        assertThat(vm.detailProperty().get()).startsWith("核查结果\n").contains("江工函〔2026〕3号")
                .contains("所涉隐患：YH-2026-06-0001").contains("核查未通过").endsWith("整改未到位。");
    }
}
