package org.hazardledger.ui.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.ui.hazard.RegisterHazardChoices.choiceOf;

import java.nio.file.Path;
import java.util.UUID;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.hazardledger.ui.UnitOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register form's ViewModel: refusals at their fields, and a good draft registered. */
class RegisterHazardViewModelTest {

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
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void offersTheUnitsByPathThePeopleAndTheCatalogs() throws Exception {
        RegisterHazardViewModel vm = loaded();
        assertThat(vm.choices().units()).extracting(UnitOption::path).containsExactly("一厂", "一厂 / 合成车间",
                "一厂 / 合成车间 / 甲班", "一厂 / 合成车间 / 甲班 / 反应釜操作岗");
        assertThat(vm.choices().people()).extracting(PersonOption::toString)
                .contains("王小明（E0001 · 反应釜操作岗）", "李建国（E0002 · 甲班）");
        assertThat(vm.choices().categories()).extracting(Choice::label).contains("设备超期使用", "违章指挥");
        assertThat(vm.choices().subGrades()).extracting(Choice::label).containsExactly("不分级", "一般A级", "一般B级", "一般C级");
        assertThat(vm.foundOnProperty().get()).as("today, from the injected clock").isEqualTo(LedgerFixture.TODAY);
        assertThat(vm.gradeProperty().get().value()).isEqualTo(Grade.GENERAL);

        ui.fx(() -> vm.finderSearchProperty().set("E0003"));
        assertThat(vm.choices().people()).extracting(PersonOption::name).containsExactly("张伟");
        ui.fx(() -> vm.finderSearchProperty().set("李"));
        assertThat(vm.choices().people()).extracting(PersonOption::name).containsExactly("李建国");
    }

    @Test
    void anEmptyFormIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        RegisterHazardViewModel vm = loaded();
        ui.fx(vm::submit);
        assertThat(vm.errorProperty(HazardDraft.UNIT).get()).isEqualTo("必填项，请填写。");
        assertThat(vm.errorProperty(HazardDraft.PLACE).get()).isEqualTo("必填项，请填写。");
        assertThat(vm.errorProperty(HazardDraft.FINDER).get()).isEqualTo("请选择发现人，或勾选“匿名”。");
        assertThat(vm.errorProperty(HazardDraft.DESCRIPTION).get()).isEqualTo("必填项，请填写。");
        assertThat(vm.errorProperty(HazardDraft.RECTIFYING_TIER).get()).isEqualTo("必填项，请填写。");
        assertThat(vm.errorProperty(HazardDraft.FOUND_ON).get()).isEmpty();
        assertThat(vm.formErrorProperty().get()).startsWith("有 ").endsWith("处填写不正确，请按提示修改。");
        assertThat(vm.registeredProperty().get()).isNull();
        assertThat(ui.ledger.hazards.count(HazardQuery.ALL)).isZero();
    }

    @Test
    void aFutureDateATooShortDescriptionAndATierBelowTheUnitAreExplainedAtTheirFields() throws Exception {
        RegisterHazardViewModel vm = loaded();
        ui.fx(() -> {
            fillValid(vm);
            vm.foundOnProperty().set(LedgerFixture.TODAY.plusDays(1));
            vm.descriptionProperty().set("渗漏");
            vm.unitProperty().set(unit(vm, Tier.WORKSHOP));
            vm.rectifyingTierProperty().set(choiceOf(vm.choices().tiers(), Tier.TEAM));
            vm.submit();
        });
        assertThat(vm.errorProperty(HazardDraft.FOUND_ON).get()).isEqualTo("发现日期不能晚于今天。");
        assertThat(vm.errorProperty(HazardDraft.DESCRIPTION).get()).isEqualTo("至少需要 4 个字。");
        assertThat(vm.errorProperty(HazardDraft.RECTIFYING_TIER).get())
                .isEqualTo("整改层级不能低于发现隐患的单位所在层级。");
        assertThat(vm.errorProperty(HazardDraft.PLACE).get()).isEmpty();
        assertThat(vm.formErrorProperty().get()).isEqualTo("有 3 处填写不正确，请按提示修改。");

        ui.fx(() -> vm.foundOnProperty().set(LedgerFixture.TODAY));
        assertThat(vm.errorProperty(HazardDraft.FOUND_ON).get()).as("editing a field clears its message").isEmpty();
    }

    @Test
    void whatOnlyTheLedgerKnowsIsRefusedByTheServiceAndStillShownAtTheField() throws Exception {
        RegisterHazardViewModel vm = loaded();
        ui.fx(() -> {
            fillValid(vm);
            vm.anonymousProperty().set(false);
            vm.finderProperty().set(new PersonOption(UUID.randomUUID(), "离职人员", "E9999", null));
            vm.submit();
        });
        assertThat(vm.errorProperty(HazardDraft.FINDER).get()).isEqualTo("该人员不在人员名册中。");
        assertThat(vm.registeredProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(ui.ledger.hazards.count(HazardQuery.ALL)).isZero();
    }

    @Test
    void majorHazardsTakeAReasonAndAreRectifiedAtPlantLevel() throws Exception {
        RegisterHazardViewModel vm = loaded();
        ui.fx(() -> {
            fillValid(vm);
            vm.subGradeProperty().set(vm.choices().subGrades().get(1));
            vm.gradeProperty().set(choiceOf(vm.choices().grades(), Grade.MAJOR));
        });
        assertThat(vm.rectifyingTierProperty().get().value()).isEqualTo(Tier.PLANT);
        assertThat(vm.subGradeProperty().get().isEmpty()).isTrue();
        assertThat(vm.generalProperty().get()).isFalse();
        assertThat(vm.majorProperty().get()).isTrue();
        ui.fx(vm::submit);
        assertThat(vm.errorProperty(HazardDraft.MAJOR_REASON).get()).isEqualTo("重大隐患须注明判定理由。");

        assertThat(vm.errorProperty(HazardDraft.MAJOR_CRITERION).get())
                .isEqualTo("重大隐患须选择所符合的判定标准条款，或选择“其他”并说明理由。");

        ui.fx(() -> {
            vm.majorReasonProperty().set(choiceOf(vm.choices().majorReasons(), MajorReason.OUTSIDE_FACTORS));
            vm.criterion().filterProperty().set("消防车道");
        });
        assertThat(vm.criterion().shown()).extracting(o -> o.isOther() ? "other" : o.criterion().code())
                .containsExactly("FIRE-07", "other");
        ui.fx(() -> {
            vm.criterion().selectedProperty().set(vm.criterion().shown().get(0));
            vm.submit();
        });
        Hazard h = vm.registeredProperty().get();
        assertThat(h.grading().citation().code()).isEqualTo("FIRE-07");
        assertThat(h).isNotNull();
        assertThat(h.grading().grade()).isEqualTo(Grade.MAJOR);
        assertThat(h.grading().subGrade()).isNull();
        assertThat(h.grading().majorReason()).isEqualTo(MajorReason.OUTSIDE_FACTORS);
    }

    @Test
    void goodInputIsRegisteredWithTheFinderOrAnonymously() throws Exception {
        RegisterHazardViewModel vm = loaded();
        ui.fx(() -> {
            fillValid(vm);
            vm.anonymousProperty().set(false);
            vm.finderSearchProperty().set("王");
            vm.finderProperty().set(vm.choices().people().get(0));
            vm.subGradeProperty().set(vm.choices().subGrades().get(2));
            vm.submit();
        });
        Hazard h = vm.registeredProperty().get();
        assertThat(h.number().toString()).isEqualTo("YH-2026-06-0001");
        assertThat(h.status()).isEqualTo(HazardStatus.REGISTERED);
        assertThat(h.registration().finderId()).isEqualTo(e.worker().id());
        assertThat(h.registration().place()).isEqualTo("3号储罐区东侧围堰");
        assertThat(h.grading().subGrade()).isEqualTo("B");
        assertThat(h.grading().rectifyingTier()).as("suggested from the post where it was found")
                .isEqualTo(Tier.POST);
        assertThat(vm.formErrorProperty().get()).isEmpty();

        RegisterHazardViewModel anon = loaded();
        ui.fx(() -> {
            fillValid(anon);
            anon.submit();
        });
        assertThat(anon.registeredProperty().get().registration().anonymous()).isTrue();
        assertThat(anon.registeredProperty().get().registration().finderId()).isNull();
        assertThat(ui.ledger.hazards.byNumber("YH-2026-06-0001")).isPresent();
        assertThat(ui.ledger.hazards.count(HazardQuery.ALL)).isEqualTo(2);
    }

    @Test
    void aLedgerWithoutUnitsSaysSoBeforeTheClerkTypesAnything() throws Exception {
        try (UiFixture empty = new UiFixture(dir.resolve("empty"))) {
            empty.ledger.setup.initialiseEmpty("新建企业", org.hazardledger.model.Industry.OTHER);
            RegisterHazardViewModel vm = empty.onFx(() -> new RegisterHazardViewModel(empty.services));
            empty.fx(vm::load);
            assertThat(vm.choices().units()).isEmpty();
            assertThat(vm.formErrorProperty().get()).startsWith("台账里还没有单位。");
        }
    }

    private RegisterHazardViewModel loaded() throws Exception {
        RegisterHazardViewModel vm = ui.onFx(() -> new RegisterHazardViewModel(ui.services));
        ui.fx(vm::load);
        assertThat(vm.loadedProperty().get()).isTrue();
        return vm;
    }

    private static void fillValid(RegisterHazardViewModel vm) {
        vm.unitProperty().set(unit(vm, Tier.POST));
        vm.placeProperty().set("3号储罐区东侧围堰");
        vm.anonymousProperty().set(true);
        vm.sourceProperty().set(choiceOf(vm.choices().sources(), HazardSource.POST_CHECK));
        vm.categoryProperty().set(choiceOf(vm.choices().categories(), "SITE_ENVIRONMENT"));
        vm.formProperty().set(choiceOf(vm.choices().forms(), HazardForm.UNSAFE_STATE));
        vm.descriptionProperty().set("围堰排水阀未关闭，雨水混入物料");
    }

    private static UnitOption unit(RegisterHazardViewModel vm, Tier tier) {
        return vm.choices().units().stream().filter(u -> u.tier() == tier).findFirst().orElseThrow();
    }

    @Test
    void theClauseChooserPutsTheEnterprisesIndustryFirstAndOtherNeedsAReason() throws Exception {
        RegisterHazardViewModel vm = loaded();
        ui.fx(() -> {
            fillValid(vm);
            vm.gradeProperty().set(choiceOf(vm.choices().grades(), Grade.MAJOR));
            vm.majorReasonProperty().set(choiceOf(vm.choices().majorReasons(), MajorReason.PRODUCTION_STOP_REQUIRED));
        });
        // a chemical enterprise: the chemical clauses first, "other" always last
        assertThat(vm.criterion().shown().get(0).criterion().code()).isEqualTo("CHEM-01");
        assertThat(vm.criterion().shown().get(vm.criterion().shown().size() - 1).isOther()).isTrue();
        // clauses not yet in force on the day found are not offered
        ui.fx(() -> vm.foundOnProperty().set(java.time.LocalDate.of(2020, 3, 1)));
        assertThat(vm.criterion().shown()).noneMatch(o -> !o.isOther() && o.criterion().code().startsWith("MET"));

        ui.fx(() -> {
            vm.criterion().selectedProperty().set(vm.criterion().shown().get(vm.criterion().shown().size() - 1));
            vm.submit();
        });
        assertThat(vm.criterion().otherProperty().get()).isTrue();
        assertThat(vm.errorProperty(HazardDraft.MAJOR_CRITERION_REASON).get()).isEqualTo("选择“其他”时须写明理由。");
        assertThat(vm.registeredProperty().get()).isNull();

        ui.fx(() -> {
            vm.criterion().otherReasonProperty().set("需供电部门新建第二路电源线路，企业自身无法消除");
            vm.submit();
        });
        assertThat(vm.registeredProperty().get().grading().citation().otherReason())
                .isEqualTo("需供电部门新建第二路电源线路，企业自身无法消除");
    }
}
