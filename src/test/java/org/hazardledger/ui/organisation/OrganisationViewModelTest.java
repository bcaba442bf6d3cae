package org.hazardledger.ui.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hazardledger.model.PersonEdit;
import org.hazardledger.model.PersonEntry;
import org.hazardledger.model.Role;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 组织机构 page: what the clerk sees in the tree, the people table and the union body, and each refusal. */
class OrganisationViewModelTest {

    @TempDir
    Path dir;
    private UiFixture ui;
    private SmallEnterprise e;
    private OrganisationViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void open() throws Exception {
        ui = new UiFixture(dir);
        e = ui.ledger.initialiseSmall();
        vm = ui.onFx(() -> new OrganisationViewModel(ui.services.organisation(), ui.messages, ui.tasks, ui.dialogs));
        ui.fx(vm::load);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private void select(String path) throws Exception {
        UnitRow row = vm.units().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
        ui.fx(() -> vm.select(row));
    }

    private PersonRow person(String employeeNo) {
        return vm.people().stream().filter(p -> p.employeeNo().equals(employeeNo)).findFirst().orElseThrow();
    }

    @Test
    void theTreeListsUnitsUnderTheirParentsAndShowsTheSelectedUnitsPeopleAndUnionBody() throws Exception {
        assertThat(vm.units()).extracting(UnitRow::path).containsExactly("一厂", "一厂 / 合成车间",
                "一厂 / 合成车间 / 甲班", "一厂 / 合成车间 / 甲班 / 反应釜操作岗");
        assertThat(vm.selectedUnitProperty().get().path()).isEqualTo("一厂");
        assertThat(ui.tasks.executedCount()).as("read on the TaskExecutor").isGreaterThanOrEqualTo(2);

        select("一厂 / 合成车间 / 甲班");
        assertThat(vm.people()).extracting(PersonRow::name, PersonRow::employeeNo, PersonRow::role, PersonRow::unionMember)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("李建国", "E0002", "班组长", "否"));
        assertThat(vm.unionTitleProperty().get()).isEqualTo("甲班 工会小组");
        assertThat(vm.unionLeaderProperty().get()).isEqualTo("未设");
        assertThat(vm.unionMembersProperty().get()).isEqualTo("暂无");
    }

    @Test
    void aNewChildNeedsANameAtTheFieldThenAppearsSelectedInTheTree() throws Exception {
        select("一厂");
        ui.fx(vm::startAddChild);
        assertThat(vm.unitForm().modeProperty().get()).isEqualTo(UnitForm.Mode.ADD_CHILD);
        ui.fx(() -> vm.unitForm().codeProperty().set("P1-W2"));
        ui.fx(vm::saveUnit);
        assertThat(vm.unitForm().errorProperty("name").get()).isEqualTo("必填项，请填写。");
        assertThat(vm.unitForm().modeProperty().get()).as("the form stays open").isEqualTo(UnitForm.Mode.ADD_CHILD);

        ui.fx(() -> vm.unitForm().nameProperty().set("机修车间"));
        assertThat(vm.unitForm().errorProperty("name").get()).as("typing clears the error").isEmpty();
        ui.fx(vm::saveUnit);
        assertThat(vm.unitForm().modeProperty().get()).isEqualTo(UnitForm.Mode.NONE);
        assertThat(vm.selectedUnitProperty().get().path()).isEqualTo("一厂 / 机修车间");
        assertThat(vm.selectedUnitProperty().get().unit().tier()).isEqualTo(org.hazardledger.model.Tier.WORKSHOP);
    }

    @Test
    void aMoveOffersOnlyUnitsOneTierAboveAndMovesTheUnitThere() throws Exception {
        ui.ledger.organisation.addUnit(e.plant().id(), org.hazardledger.model.Tier.WORKSHOP, "P1-W2", "机修车间");
        ui.fx(vm::load);
        select("一厂 / 合成车间 / 甲班");
        ui.fx(vm::startMove);
        assertThat(vm.unitForm().parentChoices()).extracting(UnitRow::path).containsExactly("一厂 / 机修车间");

        ui.fx(vm::saveUnit);
        assertThat(vm.unitForm().errorProperty("parent").get()).as("no parent chosen").isEqualTo("该单位不存在或已撤销。");

        ui.fx(() -> vm.unitForm().parentProperty().set(vm.unitForm().parentChoices().get(0)));
        ui.fx(vm::saveUnit);
        assertThat(vm.selectedUnitProperty().get().path()).isEqualTo("一厂 / 机修车间 / 甲班");
        assertThat(vm.units()).extracting(UnitRow::path).contains("一厂 / 机修车间 / 甲班 / 反应釜操作岗");
    }

    @Test
    void renamingShowsTheNewNameAndAStaleRenameIsExplainedInTheForm() throws Exception {
        select("一厂 / 合成车间 / 甲班");
        ui.fx(vm::startRename);
        assertThat(vm.unitForm().nameProperty().get()).isEqualTo("甲班");
        // someone else renames it in between
        ui.ledger.organisation.renameUnit(e.team().id(), vm.selectedUnitProperty().get().entry().revision(), "丁班");
        ui.fx(() -> vm.unitForm().nameProperty().set("乙班"));
        ui.fx(vm::saveUnit);
        assertThat(vm.unitForm().formErrorProperty().get()).as("named as it is now")
                .isEqualTo("单位“丁班”已被 测试安全员 (clerk) 于 2026-06-15 09:30 修改（改名），您的修改未保存。");

        ui.fx(vm::load);
        ui.fx(vm::startRename);
        ui.fx(() -> vm.unitForm().nameProperty().set("乙班"));
        ui.fx(vm::saveUnit);
        assertThat(vm.selectedUnitProperty().get().path()).isEqualTo("一厂 / 合成车间 / 乙班");
    }

    @Test
    void aStaleRenameOffersToReloadAndReloadingShowsTheOtherUsersNameAndSavesOverIt() throws Exception {
        select("一厂 / 合成车间 / 甲班");
        ui.fx(vm::startRename);
        ui.ledger.organisation.renameUnit(e.team().id(), vm.selectedUnitProperty().get().entry().revision(), "丁班");
        ui.fx(() -> vm.unitForm().nameProperty().set("乙班"));
        ui.fx(vm::saveUnit);

        assertThat(ui.dialogs.shown).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("reload");
            assertThat(d.message()).startsWith("单位“丁班”已被 测试安全员 (clerk) 于 2026-06-15 09:30 修改（改名），您的修改未保存。");
        });
        assertThat(vm.unitForm().modeProperty().get()).as("the form stays open").isEqualTo(UnitForm.Mode.RENAME);
        assertThat(vm.unitForm().nameProperty().get()).as("their version").isEqualTo("丁班");
        assertThat(vm.selectedUnitProperty().get().path()).isEqualTo("一厂 / 合成车间 / 丁班");
        assertThat(vm.unitForm().formErrorProperty().get()).startsWith("单位“丁班”已被 测试安全员 (clerk)");

        ui.fx(() -> vm.unitForm().nameProperty().set("乙班"));
        ui.fx(vm::saveUnit);
        assertThat(vm.unitForm().modeProperty().get()).isEqualTo(UnitForm.Mode.NONE);
        assertThat(vm.selectedUnitProperty().get().path()).isEqualTo("一厂 / 合成车间 / 乙班");
    }

    @Test
    void aStaleRenameCancelledKeepsTheInput() throws Exception {
        ui.dialogs.answerReloadWith(false);
        select("一厂 / 合成车间 / 甲班");
        ui.fx(vm::startRename);
        ui.ledger.organisation.renameUnit(e.team().id(), vm.selectedUnitProperty().get().entry().revision(), "丁班");
        ui.fx(() -> vm.unitForm().nameProperty().set("乙班"));
        ui.fx(vm::saveUnit);

        assertThat(ui.dialogs.shown).extracting(d -> d.kind()).containsExactly("reload");
        assertThat(vm.unitForm().nameProperty().get()).isEqualTo("乙班");
        assertThat(vm.selectedUnitProperty().get().path()).as("the tree as read before").isEqualTo("一厂 / 合成车间 / 甲班");
    }

    @Test
    void aStalePersonEditOffersToReloadAndReloadingShowsTheirVersion() throws Exception {
        select("一厂 / 合成车间 / 甲班");
        ui.fx(() -> vm.startEditPerson(person("E0002")));
        PersonEntry seen = person("E0002").entry();
        ui.ledger.organisation.editPerson(seen.person().id(), seen.revision(), new PersonEdit(e.team().id(), "E0002",
                "李建民", seen.person().role(), true, null, null));
        ui.fx(() -> vm.personForm().nameProperty().set("李建华"));
        ui.fx(vm::savePerson);

        assertThat(ui.dialogs.shown).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("reload");
            assertThat(d.message()).startsWith("人员“李建民”已被 测试安全员 (clerk)");
        });
        assertThat(vm.personForm().modeProperty().get()).isEqualTo(PersonForm.Mode.EDIT);
        assertThat(vm.personForm().nameProperty().get()).as("their version").isEqualTo("李建民");
        assertThat(vm.personForm().unionMemberProperty().get()).isTrue();
        assertThat(vm.personForm().formErrorProperty().get()).startsWith("人员“李建民”已被");
        assertThat(person("E0002").name()).isEqualTo("李建民");

        ui.fx(() -> vm.personForm().nameProperty().set("李建华"));
        ui.fx(vm::savePerson);
        assertThat(vm.personForm().modeProperty().get()).isEqualTo(PersonForm.Mode.NONE);
        assertThat(person("E0002").name()).isEqualTo("李建华");
    }

    @Test
    void retiringAsksFirstExplainsARefusalAndHidesTheRetiredUnitUnlessAsked() throws Exception {
        ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(1));
        select("一厂 / 合成车间 / 甲班 / 反应釜操作岗");
        ui.fx(vm::retireUnit);
        assertThat(ui.dialogs.shown.get(0).kind()).isEqualTo("confirm");
        assertThat(ui.dialogs.errors()).singleElement().satisfies(d -> assertThat(d.message()).isEqualTo(
                "不能撤销“反应釜操作岗”：还有 0 个在用的下级单位、1 条未销号的隐患。请先把下级单位移到其他上级单位（或先撤销它们），并办结这些隐患。"));

        ui.ledger.organisation.addUnit(e.team().id(), org.hazardledger.model.Tier.POST, "P1-W1-T1-02", "备用岗");
        ui.fx(vm::load);
        select("一厂 / 合成车间 / 甲班 / 备用岗");
        ui.fx(vm::retireUnit);
        assertThat(vm.units()).extracting(UnitRow::path).doesNotContain("一厂 / 合成车间 / 甲班 / 备用岗");

        ui.fx(() -> vm.showRetiredProperty().set(true));
        select("一厂 / 合成车间 / 甲班 / 备用岗");
        assertThat(vm.selectedUnitProperty().get().retired()).isTrue();
        ui.fx(vm::reinstateUnit);
        ui.fx(() -> vm.showRetiredProperty().set(false));
        assertThat(vm.units()).extracting(UnitRow::path).contains("一厂 / 合成车间 / 甲班 / 备用岗");
    }

    @Test
    void anInspectorNeedsACertificateAndThenShowsInTheTableAndTheUnionGroup() throws Exception {
        select("一厂 / 合成车间 / 甲班 / 反应釜操作岗");
        ui.fx(vm::startAddPerson);
        PersonForm f = vm.personForm();
        assertThat(f.unitProperty().get().path()).isEqualTo("一厂 / 合成车间 / 甲班 / 反应釜操作岗");
        ui.fx(() -> {
            f.nameProperty().set("赵群");
            f.employeeNoProperty().set("E0009");
            f.roleProperty().set(Role.LABOUR_INSPECTOR);
        });
        ui.fx(vm::savePerson);
        assertThat(f.errorProperty("certificateNo").get()).isEqualTo("必填项，请填写。");
        assertThat(f.errorProperty("appointedBy").get()).isEqualTo("必填项，请填写。");

        ui.fx(() -> {
            f.certificateNoProperty().set("QJ-2026-017");
            f.appointedByProperty().set("市总工会");
        });
        ui.fx(vm::savePerson);
        assertThat(f.modeProperty().get()).isEqualTo(PersonForm.Mode.NONE);
        assertThat(person("E0009")).extracting(PersonRow::role, PersonRow::unionMember, PersonRow::certificate)
                .containsExactly("群监员", "是", "QJ-2026-017（市总工会）");
        assertThat(vm.unionTitleProperty().get()).as("a post's people belong to the team's group")
                .isEqualTo("甲班 工会小组");
        assertThat(vm.unionMembersProperty().get()).isEqualTo("1 人：赵群");
    }

    @Test
    void editingAPersonToLeadTheUnionGroupShowsThemAsItsLeader() throws Exception {
        select("一厂 / 合成车间 / 甲班");
        ui.fx(() -> vm.startEditPerson(person("E0002")));
        assertThat(vm.personForm().nameProperty().get()).isEqualTo("李建国");
        ui.fx(() -> vm.personForm().roleProperty().set(Role.WORKSHOP_UNION_CHAIR));
        ui.fx(vm::savePerson);
        assertThat(vm.personForm().errorProperty("role").get())
                .isEqualTo("“车间分会主席”须属于车间（区、队）一级的单位（岗位上的人属于所在班组的工会小组）。");

        ui.fx(() -> vm.personForm().roleProperty().set(Role.UNION_GROUP_LEADER));
        ui.fx(vm::savePerson);
        assertThat(vm.unionLeaderProperty().get()).isEqualTo("李建国（工会小组长）");
        assertThat(person("E0002").unionMember()).isEqualTo("是");
    }

    @Test
    void aPersonStillNamedOnAnOpenHazardCannotLeaveAndTheDialogSaysWhichHazard() throws Exception {
        var h = ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(1));
        select("一厂 / 合成车间 / 甲班");
        ui.fx(() -> vm.retirePerson(person("E0002")));
        assertThat(ui.dialogs.errors()).singleElement().satisfies(d -> assertThat(d.message())
                .contains("不能让“李建国”离岗").contains(h.number().toString()));
        assertThat(person("E0002").retired()).isFalse();

        select("一厂 / 合成车间 / 甲班 / 反应釜操作岗");
        ui.fx(() -> vm.retirePerson(person("E0001")));
        assertThat(person("E0001").name()).isEqualTo("王小明（已撤销）");
        assertThat(person("E0001").retired()).isTrue();
    }
}
