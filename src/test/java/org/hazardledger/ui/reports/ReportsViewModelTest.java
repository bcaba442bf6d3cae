package org.hazardledger.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.ReportChannel;
import org.hazardledger.model.ReporterIdentity;
import org.hazardledger.model.SafetyReportDraft;
import org.hazardledger.model.SafetyReportRow;
import org.hazardledger.service.Actor;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.UiFixture;
import org.hazardledger.ui.hazard.RegisterHazardViewModel;
import org.hazardledger.ui.OnFx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 举报 tab without a screen: key, registering with field checks, pseudonyms only, unsealing, hazards, CSV. */
class ReportsViewModelTest {

    static final String NAME = "诸葛保密";
    static final String PHONE = "13755556666";

    @TempDir
    Path dir;

    UiFixture ui;
    LedgerFixture.SmallEnterprise e;
    Account chair;
    Account clerk;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void setUp() {
        ui = new UiFixture(dir.resolve("ledger"));
        e = ui.ledger.initialiseSmall();
        Account admin = ui.ledger.accounts.createFirstAdmin("admin", "管理员", "Admin-Passw0rd");
        chair = ui.ledger.accounts.create(admin, "gonghui", "工会主席", "First-Passw0rd", AccountRole.UNION_MEMBER,
                null, null);
        clerk = ui.ledger.accounts.create(admin, "anquan", "安全员", "First-Passw0rd", AccountRole.CLERK, null, null);
    }

    @AfterEach
    void tearDown() {
        ui.close();
    }

    void as(Account a) {
        ui.ledger.session.signIn(Actor.of(a));
    }

    @Test
    void theChairMakesTheKeyTheClerkRegistersAndOnlyTheChairSeesTheIdentity() throws Exception {
        as(chair);
        ReportsViewModel vm = ui.onFx(() -> new ReportsViewModel(ui.services));
        ui.fx(vm::load);
        assertThat(vm.keyProperty().get().mayCreate()).isTrue();
        assertThat(vm.keyText()).contains("创建封存密钥");
        SealKeyViewModel key = vm.newKeyForm().orElseThrow();
        assertThat(key.rotate()).isFalse();
        ui.fx(() -> key.submit(new char[0], "short".toCharArray(), "short".toCharArray()));
        assertThat(key.newErrorProperty().get()).contains("8");
        ui.fx(() -> key.submit(new char[0], "Chair-Secret-1".toCharArray(), "Chair-Secret-2".toCharArray()));
        assertThat(key.repeatErrorProperty().get()).isEqualTo(ui.messages.get("reports.key.mismatch"));
        ui.fx(() -> key.submit(new char[0], "Chair-Secret-1".toCharArray(), "Chair-Secret-1".toCharArray()));
        assertThat(key.doneProperty().get()).isTrue();
        ui.fx(() -> vm.keyChanged(false));
        assertThat(vm.keyProperty().get().heldByMe()).isTrue();
        assertThat(vm.newKeyForm().orElseThrow().rotate()).isTrue();

        as(clerk);
        ui.fx(vm::load);
        assertThat(vm.newKeyForm()).isEmpty();
        assertThat(vm.mayRegisterProperty().get()).isTrue();
        RegisterReportViewModel form = ui.onFx(vm::newRegisterForm);
        ui.fx(form::load);
        assertThat(form.units()).hasSizeGreaterThan(1);
        ui.fx(form::submit);
        assertThat(form.errorProperty(SafetyReportDraft.SUMMARY).get()).isNotEmpty();
        assertThat(form.errorProperty(ReporterIdentity.NAME).get()).isNotEmpty();
        assertThat(form.registeredProperty().get()).isNull();
        ui.fx(() -> {
            form.channelProperty().set(choice(form, ReportChannel.HOTLINE_12350));
            form.unitProperty().set(form.units().get(2));
            form.summaryProperty().set("反映车间安全阀超期未校验");
            form.nameProperty().set(NAME);
            form.contactProperty().set(PHONE);
        });
        assertThat(form.errorProperty(SafetyReportDraft.SUMMARY).get()).isEmpty();
        ui.fx(form::submit);
        assertThat(form.registeredProperty().get()).isNotNull();
        assertThat(form.nameProperty().get()).isEmpty();
        ui.fx(() -> vm.registered(form.registeredProperty().get()));
        assertThat(vm.messageProperty().get()).contains(form.registeredProperty().get().pseudonym());
        assertThat(vm.rows()).hasSize(1);
        SafetyReportRow row = vm.rows().get(0);
        assertThat(vm.sealedText(row)).isEqualTo("已封存");
        assertThat(vm.channelText(row)).isEqualTo("12350 举报电话");
        assertThat(vm.selectedProperty().get()).isEqualTo(row);
        assertThat(vm.canUnsealProperty().get()).isFalse();
        assertThat(vm.newUnsealForm()).isEmpty();

        // an anonymous one: the identity fields are off
        RegisterReportViewModel anon = ui.onFx(vm::newRegisterForm);
        ui.fx(() -> {
            anon.channelProperty().set(choice(anon, ReportChannel.ANONYMOUS));
            anon.summaryProperty().set("匿名反映夜班违章");
        });
        assertThat(anon.anonymousProperty().get()).isTrue();
        ui.fx(anon::submit);
        assertThat(anon.registeredProperty().get().sealed()).isFalse();

        as(chair);
        ui.fx(vm::load);
        SafetyReportRow sealed = vm.rows().stream().filter(r -> r.report().sealed()).findFirst().orElseThrow();
        ui.fx(() -> vm.selectedProperty().set(sealed));
        assertThat(vm.canUnsealProperty().get()).isTrue();
        UnsealViewModel unseal = vm.newUnsealForm().orElseThrow();
        int before = ui.ledger.store.transact(s -> s.events().count()).intValue();
        ui.fx(() -> unseal.submit("Chair-Secret-1".toCharArray()));
        assertThat(unseal.reasonErrorProperty().get()).isEqualTo(ui.messages.get("error.report.reasonRequired"));
        ui.fx(() -> unseal.reasonProperty().set("回访核实"));
        ui.fx(() -> unseal.submit("wrong-passphrase".toCharArray()));
        assertThat(unseal.passphraseErrorProperty().get()).isEqualTo(ui.messages.get("error.report.wrongPassphrase"));
        assertThat(unseal.identityProperty().get()).isNull();
        assertThat((int) ui.ledger.store.transact(s -> s.events().count())).isEqualTo(before);
        char[] typed = "Chair-Secret-1".toCharArray();
        ui.fx(() -> unseal.submit(typed));
        assertThat(typed).containsOnly('\0');
        assertThat(unseal.identityProperty().get().name()).isEqualTo(NAME);
        assertThat(unseal.identityProperty().get().contact()).isEqualTo(PHONE);
        assertThat((int) ui.ledger.store.transact(s -> s.events().count())).isEqualTo(before + 1);
        ui.fx(unseal::forget);
        assertThat(unseal.identityProperty().get()).isNull();
        assertThat(unseal.reasonProperty().get()).isEmpty();
    }

    private static Choice<ReportChannel> choice(RegisterReportViewModel form, ReportChannel c) {
        return form.channels().stream().filter(x -> x.value() == c).findFirst().orElseThrow();
    }

    @Test
    void aReportBecomesAHazardOrIsLinkedAndTheListExportsWithoutIdentities() throws Exception {
        as(chair);
        ui.ledger.campaign.reports().createKey("Chair-Secret-1".toCharArray());
        as(clerk);
        ui.ledger.campaign.reports().register(new SafetyReportDraft(ReportChannel.LETTER, LedgerFixture.TODAY,
                e.workshop().id(), "来信反映阀门渗漏", new ReporterIdentity(NAME, PHONE, "", "")));
        ui.ledger.campaign.reports().register(new SafetyReportDraft(ReportChannel.ANONYMOUS,
                LedgerFixture.TODAY.minusDays(1), null, "匿名反映夜班违章", null));
        Hazard existing = ui.ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY));

        ReportsViewModel vm = ui.onFx(() -> new ReportsViewModel(ui.services));
        ui.fx(vm::load);
        assertThat(vm.rows()).hasSize(2);
        assertThat(vm.canConvertProperty().get()).isFalse();
        SafetyReportRow letter = vm.rows().stream().filter(r -> r.report().sealed()).findFirst().orElseThrow();
        ui.fx(() -> vm.selectedProperty().set(letter));
        assertThat(vm.canConvertProperty().get()).isTrue();
        List<RegisterHazardViewModel> opened = new ArrayList<>();
        ui.fx(() -> vm.convertToHazard(opened::add));
        assertThat(opened).hasSize(1);
        RegisterHazardViewModel hazardForm = opened.get(0);
        ui.fx(hazardForm::load);
        assertThat(hazardForm.anonymousProperty().get()).isTrue();
        assertThat(hazardForm.descriptionProperty().get()).isEqualTo("来信反映阀门渗漏");

        SafetyReportRow anonymous = vm.rows().stream().filter(r -> !r.report().sealed()).findFirst().orElseThrow();
        ui.fx(() -> vm.selectedProperty().set(anonymous));
        ui.fx(() -> vm.linkHazard("YH-209901-0001"));
        assertThat(vm.messageProperty().get()).contains("YH-209901-0001");
        ui.fx(() -> vm.linkHazard(existing.number().toString().toLowerCase(java.util.Locale.ROOT)));
        assertThat(vm.rows().stream().filter(r -> r.report().id().equals(anonymous.report().id())).findFirst()
                .orElseThrow().hazardNumber()).isEqualTo(existing.number().toString());
        assertThat(vm.canConvertProperty().get()).isFalse();

        Path csv = dir.resolve("out.csv");
        ui.dialogs.answerSaveWith(csv);
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("编号", "举报人代号"));
        vm.rows().forEach(r -> lines.add(List.of(r.report().number(), r.report().pseudonym())));
        ui.fx(() -> vm.exportCsv(lines));
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(written).contains(letter.report().pseudonym()).doesNotContain(NAME, PHONE);
        assertThat(vm.messageProperty().get()).contains("out.csv");
    }
}
