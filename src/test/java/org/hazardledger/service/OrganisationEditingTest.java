package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.PersonEdit;
import org.hazardledger.model.PersonEntry;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.model.UnionBody;
import org.hazardledger.model.UnitEntry;
import org.hazardledger.model.ValidationException;
import org.hazardledger.model.ConflictException;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisation editor's use cases on a real ledger: every refusal, and hazards never orphaned. */
class OrganisationEditingTest {

    @TempDir
    Path dir;
    private LedgerFixture ledger;
    private OrganisationService org;
    private SmallEnterprise e;
    private final Messages zh = Messages.forLanguage("zh");

    @BeforeEach
    void open() {
        ledger = new LedgerFixture(dir);
        org = ledger.organisation;
        e = ledger.initialiseSmall();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private UnitEntry entry(OrgUnit u) {
        return org.unitEntries().stream().filter(x -> x.unit().id().equals(u.id())).findFirst().orElseThrow();
    }

    private PersonEntry person(UUID id) {
        return org.people().stream().filter(p -> p.id().equals(id)).findFirst()
                .flatMap(p -> org.peopleOf(p.unitId()).stream().filter(x -> x.person().id().equals(id)).findFirst())
                .orElseThrow();
    }

    private static List<String> fields(Throwable t) {
        return ((ValidationException) t).errors().stream().map(f -> f.field() + ":" + f.messageKey()).toList();
    }

    private List<String> payloads(UUID entity) {
        return ledger.store.transact(s -> s.events().forEntity(entity).stream()
                .map(ev -> ev.action() + " " + ev.payload()).toList());
    }

    @Test
    void renameIsAuditedBeforeAndAfterAndBumpsTheRevision() {
        UnitEntry before = entry(e.team());
        UnitEntry after = org.renameUnit(e.team().id(), before.revision(), " 甲班（一组） ");

        assertThat(after.unit().name()).isEqualTo("甲班（一组）");
        assertThat(after.revision()).isEqualTo(before.revision() + 1);
        assertThat(payloads(e.team().id())).last().asString()
                .isEqualTo("RENAME {\"name\":{\"after\":\"甲班（一组）\",\"before\":\"甲班\"}}");
    }

    @Test
    void aChangeMadeFromAnOldRevisionIsRefusedAsStale() {
        UnitEntry seen = entry(e.team());
        org.renameUnit(e.team().id(), seen.revision(), "甲班");
        org.renameUnit(e.team().id(), seen.revision(), "乙班");
        assertThatThrownBy(() -> org.renameUnit(e.team().id(), seen.revision(), "丙班"))
                .isInstanceOf(ConflictException.class)
                .satisfies(t -> assertThat(zh.describe((DomainException) t))
                        .isEqualTo("单位“乙班”已被 测试安全员 (clerk) 于 2026-06-15 09:30 修改（改名），您的修改未保存。"));
        assertThat(entry(e.team()).unit().name()).isEqualTo("乙班");
    }

    @Test
    void aBlankNameIsRefusedAtTheField() {
        assertThatThrownBy(() -> org.renameUnit(e.team().id(), entry(e.team()).revision(), "  "))
                .satisfies(t -> assertThat(fields(t)).containsExactly("name:validation.required"));
    }

    @Test
    void aMovedTeamTakesItsHazardsIntoTheNewWorkshopsSubtree() {
        Hazard h = ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
        OrgUnit w2 = org.addUnit(e.plant().id(), Tier.WORKSHOP, "P1-W2", "机修车间");

        UnitEntry moved = org.moveUnit(e.team().id(), entry(e.team()).revision(), w2.id());

        assertThat(moved.unit().parentId()).isEqualTo(w2.id());
        assertThat(numbers(HazardQuery.ALL.withUnit(w2.id()))).containsExactly(h.number().toString());
        assertThat(numbers(HazardQuery.ALL.withUnit(e.workshop().id()))).isEmpty();
        assertThat(ledger.hazards.details(h.id()).orElseThrow().unitPath())
                .isEqualTo("一厂 / 机修车间 / 甲班 / 反应釜操作岗");
        assertThat(payloads(e.team().id())).last().asString()
                .contains("\"path\":{\"after\":\"一厂 / 机修车间 / 甲班\",\"before\":\"一厂 / 合成车间 / 甲班\"}");
    }

    private List<String> numbers(HazardQuery q) {
        return ledger.hazards.page(q, null, 50).rows().stream().map(HazardRow::number).toList();
    }

    @Test
    void aMoveMustKeepTheTierRule() {
        OrgUnit team2 = org.addUnit(e.workshop().id(), Tier.TEAM, "P1-W1-T2", "乙班");
        assertThatThrownBy(() -> org.moveUnit(e.post().id(), entry(e.post()).revision(), e.workshop().id()))
                .satisfies(t -> assertThat(fields(t)).containsExactly("parent:validation.unit.tierUnderParent"));
        assertThatThrownBy(() -> org.moveUnit(e.plant().id(), entry(e.plant()).revision(), e.workshop().id()))
                .satisfies(t -> assertThat(fields(t)).containsExactly("parent:validation.unit.plantHasNoParent"));
        // the post may go to another team, one tier above it
        assertThat(org.moveUnit(e.post().id(), entry(e.post()).revision(), team2.id()).unit().parentId())
                .isEqualTo(team2.id());
    }

    @Test
    void aUnitCannotMoveUnderItselfOrItsOwnSubtree() {
        assertThatThrownBy(() -> org.moveUnit(e.team().id(), entry(e.team()).revision(), e.team().id()))
                .satisfies(t -> assertThat(fields(t)).containsExactly("parent:validation.unit.cycle"));
        assertThatThrownBy(() -> org.moveUnit(e.team().id(), entry(e.team()).revision(), e.post().id()))
                .satisfies(t -> assertThat(fields(t)).containsExactly("parent:validation.unit.cycle"));
    }

    @Test
    void aUnitCannotMoveUnderARetiredParent() {
        OrgUnit w2 = org.addUnit(e.plant().id(), Tier.WORKSHOP, "P1-W2", "机修车间");
        org.retireUnit(w2.id(), entry(w2).revision());
        assertThatThrownBy(() -> org.moveUnit(e.team().id(), entry(e.team()).revision(), w2.id()))
                .satisfies(t -> assertThat(fields(t)).containsExactly("parent:validation.unit.unknown"));
    }

    @Test
    void retiringAUnitWithActiveChildrenAndOpenHazardsSaysHowManyAndWhatToDo() {
        ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
        assertThatThrownBy(() -> org.retireUnit(e.team().id(), entry(e.team()).revision()))
                .isInstanceOf(DomainException.class)
                .satisfies(t -> assertThat(zh.describe((DomainException) t)).isEqualTo(
                        "不能撤销“甲班”：还有 1 个在用的下级单位、0 条未销号的隐患。请先把下级单位移到其他上级单位（或先撤销它们），并办结这些隐患。"));
        assertThatThrownBy(() -> org.retireUnit(e.post().id(), entry(e.post()).revision()))
                .satisfies(t -> assertThat(((DomainException) t).args()).containsExactly("反应釜操作岗", 0L, 1));
        assertThat(entry(e.post()).unit().retired()).isFalse();
    }

    @Test
    void aRetiredUnitsClosedHazardsStayListedWithTheirUnitPath() {
        Hazard h = ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY.minusDays(1)));
        ledger.hazards.perform(h.id(), h.revision(), new HazardCommand.RejectNotHazard("不是隐患，是正常排放"));

        UnitEntry retired = org.retireUnit(e.post().id(), entry(e.post()).revision());

        assertThat(retired.unit().retired()).isTrue();
        assertThat(ledger.hazards.page(HazardQuery.ALL.withUnit(e.team().id()), null, 50).rows())
                .extracting(HazardRow::number, HazardRow::unitName)
                .containsExactly(tuple(h.number().toString(), "反应釜操作岗"));
        assertThat(ledger.hazards.details(h.id()).orElseThrow().unitPath())
                .isEqualTo("一厂 / 合成车间 / 甲班 / 反应釜操作岗");
        assertThat(payloads(e.post().id())).last().asString()
                .isEqualTo("RETIRE {\"retired\":{\"after\":true,\"before\":false}}");
    }

    @Test
    void reinstatingNeedsAnActiveParent() {
        org.retireUnit(e.post().id(), entry(e.post()).revision());
        assertThatThrownBy(() -> org.retireUnit(e.post().id(), entry(e.post()).revision()))
                .hasMessageStartingWith("error.unit.alreadyRetired");
        // the team's only child is retired, so the team may go too; then the post cannot come back alone
        org.retireUnit(e.team().id(), entry(e.team()).revision());
        assertThatThrownBy(() -> org.reinstateUnit(e.post().id(), entry(e.post()).revision()))
                .hasMessageStartingWith("error.unit.parentRetired");
        org.reinstateUnit(e.team().id(), entry(e.team()).revision());
        assertThat(org.reinstateUnit(e.post().id(), entry(e.post()).revision()).unit().retired()).isFalse();
        assertThatThrownBy(() -> org.reinstateUnit(e.post().id(), entry(e.post()).revision()))
                .hasMessageStartingWith("error.unit.notRetired");
    }

    @Test
    void onlyClerksAndAdministratorsMayEditTheOrganisation() {
        ledger.signIn("车间主任", AccountRole.UNIT_HEAD, e.workshop());
        assertThatThrownBy(() -> org.renameUnit(e.team().id(), entry(e.team()).revision(), "乙班"))
                .isInstanceOf(DomainException.class)
                .satisfies(t -> assertThat(zh.describe((DomainException) t))
                        .isEqualTo("只有安全员或管理员可以修改组织机构（当前角色：车间主任/班组长）。"))
                .satisfies(t -> assertThat(Messages.forLanguage("en").describe((DomainException) t))
                        .startsWith("Only a safety clerk or an administrator may change the organisation"));
        assertThatThrownBy(() -> org.addUnit(e.workshop().id(), Tier.TEAM, "T9", "丙班"))
                .hasMessageStartingWith("error.organisation.forbidden");
        assertThatThrownBy(() -> org.retirePerson(e.worker().id(), person(e.worker().id()).revision()))
                .hasMessageStartingWith("error.organisation.forbidden");

        ledger.signIn("管理员", AccountRole.ADMIN, null);
        assertThat(org.renameUnit(e.team().id(), entry(e.team()).revision(), "乙班").unit().name()).isEqualTo("乙班");
        ledger.session.signOut(); // the process actor (init, the demo) builds the organisation
        assertThat(org.renameUnit(e.team().id(), entry(e.team()).revision(), "丙班").unit().name()).isEqualTo("丙班");
    }

    @Test
    void editingAPersonSavesEveryFieldAndAuditsWhatChanged() {
        PersonEntry seen = person(e.worker().id());
        PersonEntry saved = org.editPerson(e.worker().id(), seen.revision(),
                new PersonEdit(e.team().id(), "E0101", "王晓明", Role.UNION_GROUP_LEADER, false, null, null));

        assertThat(saved.person().name()).isEqualTo("王晓明");
        assertThat(saved.person().unitId()).isEqualTo(e.team().id());
        assertThat(saved.unionMember()).as("a union office makes its holder a member").isTrue();
        assertThat(saved.revision()).isEqualTo(seen.revision() + 1);
        assertThat(payloads(e.worker().id())).last().asString()
                .contains("\"name\":{\"after\":\"王晓明\",\"before\":\"王小明\"}")
                .contains("\"role\":{\"after\":\"UNION_GROUP_LEADER\",\"before\":\"WORKER\"}")
                .contains("\"unionMember\":{\"after\":true,\"before\":false}")
                .doesNotContain("certificateNo");
        assertThatThrownBy(() -> org.editPerson(e.worker().id(), seen.revision(),
                new PersonEdit(e.team().id(), "E0101", "王小明", Role.WORKER, false, null, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPersonEditIsRefusedFieldByField() {
        OrgUnit gone = org.addUnit(e.workshop().id(), Tier.TEAM, "P1-W1-T9", "撤销班");
        org.retireUnit(gone.id(), entry(gone).revision());
        int rev = person(e.worker().id()).revision();

        assertThatThrownBy(() -> org.editPerson(e.worker().id(), rev,
                new PersonEdit(gone.id(), "E0002", " ", Role.LABOUR_INSPECTOR, true, "", null)))
                .satisfies(t -> assertThat(fields(t)).containsExactlyInAnyOrder("name:validation.required",
                        "certificateNo:validation.required", "appointedBy:validation.required",
                        "unit:validation.unit.unknown", "employeeNo:validation.employeeNo.taken"));
        assertThatThrownBy(() -> org.editPerson(e.worker().id(), rev,
                new PersonEdit(e.post().id(), "E0001", "王小明", Role.WORKSHOP_UNION_CHAIR, true, null, null)))
                .satisfies(t -> assertThat(((ValidationException) t).errors()).containsExactly(
                        FieldError.of("role", "validation.person.unionRoleTier", "role.WORKSHOP_UNION_CHAIR",
                                "tier.WORKSHOP")));
    }

    @Test
    void anInspectorCarriesTheCertificateFromTheHigherUnion() {
        PersonEntry inspector = org.addPerson(new PersonEdit(e.post().id(), "E0009", "赵群", Role.LABOUR_INSPECTOR,
                false, " QJ-2026-017 ", "市总工会"));
        assertThat(inspector.certificateNo()).isEqualTo("QJ-2026-017");
        assertThat(inspector.appointedBy()).isEqualTo("市总工会");
        assertThat(inspector.unionMember()).isTrue();

        PersonEntry worker = org.editPerson(inspector.person().id(), inspector.revision(),
                new PersonEdit(e.post().id(), "E0009", "赵群", Role.WORKER, true, "QJ-2026-017", "市总工会"));
        assertThat(worker.certificateNo()).as("only an inspector keeps a certificate").isNull();
    }

    @Test
    void thePostsPeopleBelongToTheirTeamsUnionGroup() {
        PersonEntry leader = org.addPerson(new PersonEdit(e.post().id(), "E0010", "陈工会", Role.UNION_GROUP_LEADER,
                false, null, null));
        org.editPerson(e.worker().id(), person(e.worker().id()).revision(),
                new PersonEdit(e.post().id(), "E0001", "王小明", Role.WORKER, true, null, null));
        org.addPerson(new PersonEdit(e.workshop().id(), "E0011", "周分会", Role.WORKSHOP_UNION_CHAIR, false, null, null));

        UnionBody group = org.unionBody(e.post().id());
        assertThat(group.unit().id()).isEqualTo(e.team().id());
        assertThat(zh.label(group)).isEqualTo("工会小组");
        assertThat(group.leader().person().name()).isEqualTo("陈工会");
        assertThat(group.members()).extracting(p -> p.person().name()).containsExactlyInAnyOrder("陈工会", "王小明");

        UnionBody branch = org.unionBody(e.workshop().id());
        assertThat(zh.label(branch)).isEqualTo("车间分会");
        assertThat(branch.leader().person().name()).isEqualTo("周分会");
        assertThat(branch.members()).extracting(p -> p.person().name()).containsExactly("周分会");
        assertThat(org.unionBody(e.plant().id()).leader()).isNull();
    }

    @Test
    void aPersonNamedOnAnOpenHazardOrWithAnActiveAccountCannotLeaveAndIsToldWhy() {
        Hazard h = ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
        Account admin = ledger.accounts.createFirstAdmin("admin", "管理员", "Admin-Passw0rd-2026");
        ledger.accounts.create(admin, "zhangwei", "张伟", "Zhang-Passw0rd-2026", AccountRole.UNIT_HEAD,
                e.workshop().id(), e.director().id());

        assertThatThrownBy(() -> org.retirePerson(e.director().id(), person(e.director().id()).revision()))
                .satisfies(t -> assertThat(zh.describe((DomainException) t)).isEqualTo("不能让“张伟”离岗：仍是未销号隐患（"
                        + h.number() + "）的整改责任人或验收人；仍关联在用账号（zhangwei）。请先更换责任人或验收人、停用账号。"));
        assertThatThrownBy(() -> org.retirePerson(e.leader().id(), person(e.leader().id()).revision()))
                .satisfies(t -> assertThat(zh.describe((DomainException) t)).contains("（" + h.number() + "）")
                        .contains("在用账号（无）"));

        PersonEntry gone = org.retirePerson(e.worker().id(), person(e.worker().id()).revision());
        assertThat(gone.person().retired()).isTrue();
        assertThat(payloads(e.worker().id())).last().asString()
                .isEqualTo("RETIRE {\"retired\":{\"after\":true,\"before\":false}}");
        assertThatThrownBy(() -> org.retirePerson(e.worker().id(), gone.revision()))
                .hasMessageStartingWith("error.person.alreadyRetired");
        assertThat(org.reinstatePerson(e.worker().id(), gone.revision()).person().retired()).isFalse();
    }
}
