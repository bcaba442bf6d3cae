package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.ImportCheck;
import org.hazardledger.model.ImportLine;
import org.hazardledger.model.ImportMode;
import org.hazardledger.model.ImportOptions;
import org.hazardledger.model.ImportOutcome;
import org.hazardledger.model.ImportProblem;
import org.hazardledger.model.LedgerField;
import org.hazardledger.model.LedgerLine;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import of sheet lines into the ledger: resolution, checks, numbering, one transaction. */
class LedgerSheetImportTest {

    private static final LocalDate MAY_3 = LocalDate.of(2026, 5, 3);
    private static final String POST_PATH = "一厂/合成车间/甲班/反应釜操作岗";

    @TempDir
    Path dir;
    private LedgerFixture f;
    private LedgerFixture.SmallEnterprise e;
    private String equipment;

    @BeforeEach
    void setUp() {
        f = new LedgerFixture(dir);
        e = f.initialiseSmall();
        equipment = f.referenceData.hazardCategories().stream().filter(c -> c.code().equals("EQUIPMENT_DEFECT"))
                .findFirst().orElseThrow().nameZh();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    // --- line builders ---------------------------------------------------------------------------

    /** A registered general hazard at the post, every column given as the ledger would write it. */
    private Map<LedgerField, Object> registered(LocalDate found, String place, String description) {
        Map<LedgerField, Object> v = new EnumMap<>(LedgerField.class);
        v.put(LedgerField.FOUND_ON, found);
        v.put(LedgerField.UNIT, POST_PATH);
        v.put(LedgerField.PLACE, place);
        v.put(LedgerField.FINDER, "王小明");
        v.put(LedgerField.SOURCE, HazardSource.POST_CHECK);
        v.put(LedgerField.CATEGORY, equipment);
        v.put(LedgerField.FORM, HazardForm.UNSAFE_STATE);
        v.put(LedgerField.DESCRIPTION, description);
        v.put(LedgerField.GRADE, Grade.GENERAL);
        v.put(LedgerField.SUB_GRADE, "B");
        v.put(LedgerField.RECTIFYING_TIER, Tier.TEAM);
        v.put(LedgerField.STATUS, HazardStatus.REGISTERED);
        return v;
    }

    private Map<LedgerField, Object> rectifying(LocalDate found, String place, String description) {
        Map<LedgerField, Object> v = registered(found, place, description);
        v.put(LedgerField.MEASURES, "更换法兰垫片");
        v.put(LedgerField.INTERIM_SAFEGUARDS, "设置警示标识");
        v.put(LedgerField.RESPONSIBLE, "李建国");
        v.put(LedgerField.DEADLINE, found.plusDays(10));
        v.put(LedgerField.FUNDS, new BigDecimal("800.00"));
        v.put(LedgerField.ACCEPTANCE_STANDARD, "无渗漏");
        v.put(LedgerField.ACCEPTOR, "张伟");
        v.put(LedgerField.STATUS, HazardStatus.RECTIFYING);
        return v;
    }

    private Map<LedgerField, Object> closed(LocalDate found, String place, String description) {
        Map<LedgerField, Object> v = rectifying(found, place, description);
        v.put(LedgerField.RECTIFIED_ON, found.plusDays(5));
        v.put(LedgerField.ACCEPTANCE_RESULT, "合格");
        v.put(LedgerField.ACCEPTED_ON, found.plusDays(6));
        v.put(LedgerField.SIGNED_OFF_BY, "工会小组长 (union)");
        v.put(LedgerField.SIGNED_OFF_ON, found.plusDays(7));
        v.put(LedgerField.CLOSED_ON, found.plusDays(8));
        v.put(LedgerField.CLOSED_BY, "测试安全员 (clerk)");
        v.put(LedgerField.RECHECKER, "张伟");
        v.put(LedgerField.RECHECKED_ON, found.plusDays(20));
        v.put(LedgerField.RECHECK_RESULT, "复查合格");
        v.put(LedgerField.STATUS, HazardStatus.CLOSED);
        return v;
    }

    private Map<LedgerField, Object> major(LocalDate found, String place, String description) {
        Map<LedgerField, Object> v = rectifying(found, place, description);
        v.put(LedgerField.UNIT, "一厂/合成车间");
        v.put(LedgerField.SOURCE, HazardSource.WORKSHOP_CHECK);
        v.put(LedgerField.GRADE, Grade.MAJOR);
        v.remove(LedgerField.SUB_GRADE);
        v.put(LedgerField.MAJOR_REASON, MajorReason.PRODUCTION_STOP_REQUIRED);
        v.put(LedgerField.RISK_COLOUR, RiskColour.RED);
        v.put(LedgerField.RECTIFYING_TIER, Tier.PLANT);
        return v;
    }

    private static List<ImportLine> lines(List<Map<LedgerField, Object>> values) {
        List<ImportLine> out = new ArrayList<>();
        int row = 2;
        for (Map<LedgerField, Object> v : values) {
            out.add(new ImportLine(row++, LedgerLine.of(v)));
        }
        return out;
    }

    private static ImportOptions options() {
        return ImportOptions.defaults("台账.xlsx");
    }

    private Map<String, LedgerLine> ledgerLines() {
        return f.sheets.lines(HazardQuery.ALL, null, LedgerSheetService.MAX_PAGE).lines().stream()
                .collect(Collectors.toMap(l -> l.text(LedgerField.NUMBER), l -> l));
    }

    private static LedgerLine without(LedgerLine l, LedgerField... fields) {
        Map<LedgerField, Object> v = new EnumMap<>(LedgerField.class);
        v.putAll(l.values());
        for (LedgerField field : fields) {
            v.remove(field);
        }
        return LedgerLine.of(v);
    }

    private static List<String> keys(ImportCheck check) {
        return check.problems().stream().map(ImportProblem::messageKey).toList();
    }

    /** What must not change when an import writes nothing. */
    private record Snapshot(int hazards, List<OrgUnit> units, List<Person> people, int events,
                            Map<String, LedgerLine> lines) {
    }

    private Snapshot snapshot() {
        return new Snapshot(f.sheets.count(HazardQuery.ALL), f.organisation.units(), f.organisation.people(),
                f.store.transact(s -> s.events().count()), ledgerLines());
    }

    // --- tests -----------------------------------------------------------------------------------

    @Test
    void cleanLinesInSeveralStatesLandFieldByField() {
        List<Map<LedgerField, Object>> given = List.of(
                registered(MAY_3, "2号反应釜进料阀", "进料阀法兰处有渗漏"),
                rectifying(MAY_3.plusDays(1), "3号泵", "泵体防护罩缺失"),
                closed(MAY_3.plusDays(2), "4号罐", "罐顶呼吸阀锈蚀"),
                major(MAY_3.plusDays(3), "合成工段", "合成塔压力联锁失效"));
        List<ImportLine> input = lines(given);
        assertThat(f.sheets.check(input, options()).problems()).isEmpty();

        ImportOutcome out = f.sheets.importLines(input, options(), Progress.NONE);

        assertThat(out.applied()).isTrue();
        assertThat(out.imported()).isEqualTo(4);
        assertThat(out.unitsCreated()).isZero();
        assertThat(out.peopleCreated()).isZero();
        Map<String, LedgerLine> ledger = ledgerLines();
        for (int i = 0; i < given.size(); i++) {
            LedgerLine imported = ledger.get(out.numbers().get(i));
            assertThat(without(imported, LedgerField.NUMBER)).isEqualTo(input.get(i).line());
        }
        assertThat(out.numbers()).allMatch(n -> n.startsWith("YH-2026-05-"));
        assertThat(f.audit.verify().isIntact()).isTrue();
    }

    @Test
    void absentColumnsTakeTheDocumentedDefaults() {
        Map<LedgerField, Object> v = new EnumMap<>(LedgerField.class);
        v.put(LedgerField.FOUND_ON, MAY_3);
        v.put(LedgerField.UNIT, "合成车间");
        v.put(LedgerField.CATEGORY, "EQUIPMENT_DEFECT");
        v.put(LedgerField.DESCRIPTION, "车间通道堆放杂物");
        v.put(LedgerField.RESPONSIBLE, "张伟");
        v.put(LedgerField.DEADLINE, MAY_3.plusDays(3));
        v.put(LedgerField.RECTIFIED_ON, MAY_3.plusDays(2));
        ImportOutcome out = f.sheets.importLines(lines(List.of(v)), options(), Progress.NONE);

        LedgerLine l = ledgerLines().get(out.numbers().get(0));
        assertThat(l.text(LedgerField.PLACE)).isEqualTo("合成车间");
        assertThat(l.text(LedgerField.FINDER)).isEqualTo(LedgerLine.ANONYMOUS_ZH);
        assertThat(l.get(LedgerField.SOURCE)).isEqualTo(HazardSource.WORKSHOP_CHECK);
        assertThat(l.get(LedgerField.FORM)).isEqualTo(HazardForm.UNSAFE_STATE);
        assertThat(l.get(LedgerField.GRADE)).isEqualTo(Grade.GENERAL);
        assertThat(l.get(LedgerField.RECTIFYING_TIER)).isEqualTo(Tier.WORKSHOP);
        assertThat(l.get(LedgerField.STATUS)).isEqualTo(HazardStatus.AWAITING_ACCEPTANCE);
    }

    @Test
    void statusClosedWithoutADateTakesTheAcceptanceDateOrIsAProblem() {
        Map<LedgerField, Object> accepted = closed(MAY_3, "4号罐", "罐顶呼吸阀锈蚀");
        accepted.remove(LedgerField.CLOSED_ON);
        Map<LedgerField, Object> nothing = rectifying(MAY_3, "5号罐", "罐体接地线断开");
        nothing.put(LedgerField.STATUS, HazardStatus.CLOSED);
        ImportCheck check = f.sheets.check(lines(List.of(accepted, nothing)), options());
        assertThat(check.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "sheet.check.closedWithoutDate"));

        ImportOutcome out = f.sheets.importLines(lines(List.of(accepted, nothing)),
                options().withMode(ImportMode.VALID_ONLY), Progress.NONE);
        assertThat(ledgerLines().get(out.numbers().get(0)).date(LedgerField.CLOSED_ON)).isEqualTo(MAY_3.plusDays(6));
    }

    @Test
    void unitsAndPeopleAreCreatedByPath() {
        Map<LedgerField, Object> v = rectifying(MAY_3, "包装线", "包装机急停按钮失灵");
        v.put(LedgerField.UNIT, "测试化工有限公司 / 二厂 / 包装车间 / 乙班");
        v.put(LedgerField.FINDER, "赵六");
        v.put(LedgerField.RESPONSIBLE, "赵六");
        v.put(LedgerField.ACCEPTOR, "钱七");
        Map<LedgerField, Object> bare = registered(MAY_3, "仓库门口", "消防通道被占用");
        bare.put(LedgerField.UNIT, "三厂");
        bare.put(LedgerField.RECTIFYING_TIER, Tier.PLANT);
        bare.put(LedgerField.SOURCE, HazardSource.PLANT_CHECK);
        List<ImportLine> input = lines(List.of(v, bare));

        ImportCheck check = f.sheets.check(input, options());
        assertThat(check.clean()).isTrue();
        assertThat(check.unknownUnits()).containsExactly("测试化工有限公司 / 二厂 / 包装车间 / 乙班", "三厂");
        assertThat(check.unknownPeople()).containsExactly("赵六", "钱七");

        ImportOutcome out = f.sheets.importLines(input, options(), Progress.NONE);

        assertThat(out.unitsCreated()).isEqualTo(4);
        assertThat(out.peopleCreated()).isEqualTo(2);
        Map<String, OrgUnit> units = f.organisation.units().stream()
                .collect(Collectors.toMap(OrgUnit::name, u -> u));
        assertThat(units.get("二厂").tier()).isEqualTo(Tier.PLANT);
        assertThat(units.get("包装车间").tier()).isEqualTo(Tier.WORKSHOP);
        assertThat(units.get("包装车间").parentId()).isEqualTo(units.get("二厂").id());
        assertThat(units.get("乙班").tier()).isEqualTo(Tier.TEAM);
        assertThat(units.get("三厂").tier()).isEqualTo(Tier.PLANT);
        assertThat(f.organisation.units()).extracting(OrgUnit::code).doesNotHaveDuplicates();
        Person zhao = f.organisation.people().stream().filter(p -> p.name().equals("赵六")).findFirst().orElseThrow();
        assertThat(zhao.unitId()).isEqualTo(units.get("乙班").id());
        assertThat(zhao.role()).isEqualTo(Role.WORKER);
        LedgerLine l = ledgerLines().get(out.numbers().get(0));
        assertThat(l.text(LedgerField.UNIT)).isEqualTo("二厂/包装车间/乙班");
        assertThat(l.text(LedgerField.RESPONSIBLE)).isEqualTo("赵六");
        assertThat(f.audit.verify().isIntact()).isTrue();
    }

    @Test
    void unknownUnitsAndPeopleWithoutCreatingAreProblemsAndNothingIsWritten() {
        Map<LedgerField, Object> v = rectifying(MAY_3, "包装线", "包装机急停按钮失灵");
        v.put(LedgerField.UNIT, "二厂/包装车间");
        v.put(LedgerField.RESPONSIBLE, "赵六");
        v.put(LedgerField.CATEGORY, "没有的类别");
        Snapshot before = snapshot();
        ImportOptions strict = options().withCreate(false, false);

        ImportCheck check = f.sheets.check(lines(List.of(v)), strict);
        ImportOutcome out = f.sheets.importLines(lines(List.of(v)), strict, Progress.NONE);

        assertThat(keys(check)).containsExactlyInAnyOrder("sheet.check.unitUnknown", "sheet.check.personUnknown",
                "sheet.check.categoryUnknown");
        assertThat(check.unknownUnits()).containsExactly("二厂/包装车间");
        assertThat(check.unknownPeople()).containsExactly("赵六");
        assertThat(check.unknownCategories()).containsExactly("没有的类别");
        assertThat(out.applied()).isFalse();
        assertThat(out.check().problems()).isEqualTo(check.problems());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theUsersMapsAreHonoured() {
        Map<LedgerField, Object> v = rectifying(MAY_3, "3号泵", "泵体防护罩缺失");
        v.put(LedgerField.UNIT, "老车间");
        v.put(LedgerField.SOURCE, HazardSource.WORKSHOP_CHECK);
        v.put(LedgerField.RECTIFYING_TIER, Tier.WORKSHOP);
        v.put(LedgerField.FINDER, "小王");
        v.put(LedgerField.CATEGORY, "设备问题");
        ImportOptions mapped = options().withCreate(false, false).withMaps(Map.of("老车间", e.workshop().id()),
                Map.of("小王", e.worker().id()), Map.of("设备问题", "EQUIPMENT_DEFECT"));

        ImportOutcome out = f.sheets.importLines(lines(List.of(v)), mapped, Progress.NONE);

        assertThat(out.check().problems()).isEmpty();
        assertThat(out.check().unknownUnits()).isEmpty();
        LedgerLine l = ledgerLines().get(out.numbers().get(0));
        assertThat(l.text(LedgerField.UNIT)).isEqualTo("一厂/合成车间");
        assertThat(l.text(LedgerField.FINDER)).isEqualTo("王小明");
        assertThat(l.text(LedgerField.CATEGORY)).isEqualTo(equipment);
    }

    @Test
    void ambiguousNamesAreProblemsUnlessTheHazardsUnitDecides() {
        OrgUnit other = f.organisation.addUnit(e.plant().id(), Tier.WORKSHOP, "P1-W2", "包装车间");
        f.organisation.addUnit(other.id(), Tier.TEAM, "P1-W2-T1", "甲班");
        f.organisation.addPerson(e.post().id(), "E0101", "刘强", Role.WORKER);
        f.organisation.addPerson(other.id(), "E0102", "刘强", Role.WORKER);
        Map<LedgerField, Object> bareTeam = registered(MAY_3, "1号釜", "釜体温度计损坏");
        bareTeam.put(LedgerField.UNIT, "甲班");
        Map<LedgerField, Object> nearPerson = registered(MAY_3, "2号釜", "釜体压力表过期");
        nearPerson.put(LedgerField.FINDER, "刘强");
        Map<LedgerField, Object> farPerson = registered(MAY_3, "二层平台", "平台护栏松动");
        farPerson.put(LedgerField.UNIT, "一厂");
        farPerson.put(LedgerField.RECTIFYING_TIER, Tier.PLANT);
        farPerson.put(LedgerField.FINDER, "刘强");

        ImportCheck check = f.sheets.check(lines(List.of(bareTeam, nearPerson, farPerson)), options());

        assertThat(check.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "sheet.check.unitAmbiguous"),
                org.assertj.core.groups.Tuple.tuple(4, "sheet.check.personAmbiguous"));
    }

    @Test
    void duplicatesAgainstTheLedgerAndWithinTheSheetAreFound() {
        String existing = f.hazards.register(e.leakingValve(MAY_3)).number().toString();
        Map<LedgerField, Object> same = registered(MAY_3, "2号反应釜进料阀", "进料阀法兰处有渗漏，地面有物料积液");
        Map<LedgerField, Object> twice = registered(MAY_3, "3号泵", "泵体防护罩缺失");
        ImportCheck check = f.sheets.check(lines(List.of(same, twice, twice)), options());

        assertThat(check.problems()).extracting(ImportProblem::row, ImportProblem::messageKey, ImportProblem::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "sheet.check.duplicate", List.of(existing)),
                        org.assertj.core.groups.Tuple.tuple(4, "sheet.check.duplicateInSheet", List.of("3")));
    }

    @Test
    void importingTheSameLinesTwiceGivesOnlyDuplicates() {
        Map<LedgerField, Object> a = closed(MAY_3, "4号罐", "罐顶呼吸阀锈蚀");
        a.put(LedgerField.NUMBER, "YH-2026-05-0042");
        List<ImportLine> input = lines(List.of(a, rectifying(MAY_3, "3号泵", "泵体防护罩缺失")));
        f.sheets.importLines(input, options(), Progress.NONE);
        Snapshot before = snapshot();

        ImportOutcome again = f.sheets.importLines(input, options(), Progress.NONE);

        assertThat(again.applied()).isFalse();
        assertThat(again.check().invalidRows()).containsExactly(2, 3);
        assertThat(keys(again.check())).containsExactlyInAnyOrder("sheet.check.duplicateNumber",
                "sheet.check.duplicate", "sheet.check.duplicate");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFreeLedgerNumberIsKeptAndTheCounterMovesPastIt() {
        Map<LedgerField, Object> kept = registered(MAY_3, "4号罐", "罐顶呼吸阀锈蚀");
        kept.put(LedgerField.NUMBER, "YH-2026-05-0042");
        Map<LedgerField, Object> other = registered(MAY_3, "5号罐", "罐体接地线断开");
        other.put(LedgerField.NUMBER, "2024-001");
        Map<LedgerField, Object> none = registered(MAY_3, "6号罐", "罐区围堰破损");

        ImportOutcome out = f.sheets.importLines(lines(List.of(kept, other, none)), options(), Progress.NONE);

        assertThat(out.numbers()).containsExactly("YH-2026-05-0042", "YH-2026-05-0043", "YH-2026-05-0044");
        assertThat(f.hazards.register(e.leakingValve(MAY_3.plusDays(1))).number().toString())
                .isEqualTo("YH-2026-05-0045");
        UUID renumbered = f.hazards.details("YH-2026-05-0043").orElseThrow().hazard().id();
        String payload = f.store.transact(s -> s.events().forEntity(renumbered)).get(0).payload();
        assertThat(EventPayload.read(payload)).containsEntry("sheetNumber", "2024-001").containsEntry("row", "3")
                .containsEntry("fileName", "台账.xlsx");
    }

    @Test
    void aCounterAheadOfTheKeptNumberIsNotWoundBack() {
        for (int i = 0; i < 3; i++) {
            f.hazards.register(e.leakingValve(MAY_3.plusDays(i)));
        }
        Map<LedgerField, Object> kept = registered(MAY_3, "4号罐", "罐顶呼吸阀锈蚀");
        kept.put(LedgerField.NUMBER, "YH-2026-05-0002");
        Map<LedgerField, Object> free = registered(MAY_3, "5号罐", "罐体接地线断开");
        free.put(LedgerField.NUMBER, "YH-2026-05-0009");
        ImportOutcome out = f.sheets.importLines(lines(List.of(kept, free)),
                options().withMode(ImportMode.VALID_ONLY), Progress.NONE);

        assertThat(out.check().problems()).extracting(ImportProblem::messageKey)
                .containsExactly("sheet.check.duplicateNumber");
        assertThat(out.numbers()).containsExactly("YH-2026-05-0009");
        assertThat(f.hazards.register(e.leakingValve(MAY_3.plusDays(5))).number().toString())
                .isEqualTo("YH-2026-05-0010");
    }

    @Test
    void allOrNothingWithOneBadRowLeavesTheLedgerExactlyAsItWas() {
        f.registerAssigned(e, MAY_3);
        Map<LedgerField, Object> good = rectifying(MAY_3, "3号泵", "泵体防护罩缺失");
        good.put(LedgerField.UNIT, "二厂/包装车间");
        good.put(LedgerField.RECTIFYING_TIER, Tier.WORKSHOP);
        good.put(LedgerField.RESPONSIBLE, "新来的");
        Map<LedgerField, Object> bad = registered(MAY_3.plusDays(1), "5号罐", "罐体接地线断开");
        bad.put(LedgerField.FUNDS, new BigDecimal("-5"));
        List<ImportLine> input = lines(List.of(good, bad, closed(MAY_3, "4号罐", "罐顶呼吸阀锈蚀")));
        Snapshot before = snapshot();

        ImportOutcome none = f.sheets.importLines(input, options(), Progress.NONE);

        assertThat(none.applied()).isFalse();
        assertThat(none.check().invalidRows()).containsExactly(3);
        assertThat(snapshot()).isEqualTo(before);

        ImportOutcome some = f.sheets.importLines(input, options().withMode(ImportMode.VALID_ONLY), Progress.NONE);
        assertThat(some.applied()).isTrue();
        assertThat(some.imported()).isEqualTo(2);
        assertThat(some.unitsCreated()).isEqualTo(2);
        assertThat(some.peopleCreated()).isEqualTo(1);
        assertThat(f.sheets.count(HazardQuery.ALL)).isEqualTo(before.hazards() + 2);
        assertThat(f.audit.verify().isIntact()).isTrue();
    }

    @Test
    void theSheetsOwnProblemsCountAndValidOnlyWithNoValidRowWritesNothing() {
        ImportLine broken = new ImportLine(7, LedgerLine.of(registered(MAY_3, "4号罐", "罐顶呼吸阀锈蚀")),
                List.of(ImportProblem.of(7, LedgerField.DEADLINE, "明天", "sheet.check.future")));
        Snapshot before = snapshot();
        ImportOutcome out = f.sheets.importLines(List.of(broken), options().withMode(ImportMode.VALID_ONLY),
                Progress.NONE);
        assertThat(out.applied()).isFalse();
        assertThat(out.check().invalidRows()).containsExactly(7);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void checksCoverDatesLengthsGradesAndTheFiveFixes() {
        Map<LedgerField, Object> future = registered(LedgerFixture.TODAY.plusDays(1), "1号釜", "釜体温度计损坏");
        Map<LedgerField, Object> order = closed(MAY_3, "2号釜", "釜体压力表过期");
        order.put(LedgerField.ACCEPTED_ON, MAY_3.plusDays(1));
        order.put(LedgerField.DEADLINE, MAY_3.minusDays(1));
        Map<LedgerField, Object> majorNoReason = major(MAY_3, "合成工段", "合成塔压力联锁失效");
        majorNoReason.remove(LedgerField.MAJOR_REASON);
        Map<LedgerField, Object> noFixes = registered(MAY_3, "3号釜", "釜体搅拌器异响");
        noFixes.put(LedgerField.STATUS, HazardStatus.RECTIFYING);
        Map<LedgerField, Object> shortAndLong = registered(MAY_3, "长".repeat(201), "短");
        Map<LedgerField, Object> missing = new EnumMap<>(LedgerField.class);
        missing.put(LedgerField.PLACE, "某处");

        ImportCheck check = f.sheets.check(lines(List.of(future, order, majorNoReason, noFixes, shortAndLong,
                missing)), options());

        Map<Integer, List<String>> byRow = check.problems().stream().collect(Collectors.groupingBy(
                ImportProblem::row, Collectors.mapping(ImportProblem::messageKey, Collectors.toList())));
        assertThat(byRow.get(2)).containsExactly("sheet.check.future");
        assertThat(byRow.get(3)).containsExactlyInAnyOrder("sheet.check.beforeFound",
                "sheet.check.acceptedBeforeRectified");
        assertThat(byRow.get(4)).containsExactly("sheet.check.majorReason");
        assertThat(byRow.get(5)).containsExactly("sheet.check.rectificationRequired",
                "sheet.check.rectificationRequired");
        assertThat(byRow.get(6)).containsExactlyInAnyOrder("sheet.check.tooLong", "sheet.check.tooShort");
        assertThat(byRow.get(7)).containsExactlyInAnyOrder("sheet.check.required", "sheet.check.required",
                "sheet.check.required", "sheet.check.required");
        assertThat(check.problems()).filteredOn(p -> p.messageKey().equals("sheet.check.tooLong"))
                .extracting(ImportProblem::args).containsExactly(List.of("200"));
    }

    @Test
    void aCancelMidWayLeavesNothing() {
        List<Map<LedgerField, Object>> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(rectifying(MAY_3, "泵" + i, "泵体防护罩缺失第" + i + "处"));
        }
        many.get(0).put(LedgerField.UNIT, "二厂");
        many.get(0).put(LedgerField.RECTIFYING_TIER, Tier.PLANT);
        Snapshot before = snapshot();
        Progress cancelsAfterThree = new Progress() {
            private long done;

            @Override
            public void update(long d, long total) {
                done = d;
            }

            @Override
            public boolean isCancelled() {
                return done >= 3;
            }
        };

        assertThatThrownBy(() -> f.sheets.importLines(lines(many), options(), cancelsAfterThree))
                .isInstanceOf(CancellationException.class);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(f.audit.verify().isIntact()).isTrue();
    }

    @Test
    void onlyClerksAndAdministratorsForTheWholeEnterpriseMayImport() {
        List<ImportLine> input = lines(List.of(registered(MAY_3, "4号罐", "罐顶呼吸阀锈蚀")));
        assertThat(f.sheets.canImport()).isTrue();
        f.signIn("车间主任", AccountRole.UNIT_HEAD, e.workshop());
        assertThat(f.sheets.canImport()).isFalse();
        assertThatThrownBy(() -> f.sheets.importLines(input, options(), Progress.NONE))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.sheetImport.notAllowed"));
        f.signIn("工会委员", AccountRole.UNION_MEMBER, null);
        assertThatThrownBy(() -> f.sheets.check(input, options())).isInstanceOf(DomainException.class);
        f.signIn("车间安全员", AccountRole.CLERK, e.workshop());
        assertThat(f.sheets.canImport()).isFalse();
        f.signIn("管理员", AccountRole.ADMIN, null);
        assertThat(f.sheets.canImport()).isTrue();
        f.session.signOut();
        assertThat(f.sheets.canImport()).isTrue();
        assertThat(f.sheets.importLines(input, options(), Progress.NONE).applied()).isTrue();
    }

    @Test
    void twentyThousandLinesImport() {
        String[] units = {POST_PATH, "一厂/合成车间/甲班", "一厂/合成车间", "二厂/包装车间/乙班", "二厂/包装车间"};
        String[] people = {"李建国", "张伟", "赵六", "钱七", "孙八"};
        List<Map<LedgerField, Object>> many = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            LocalDate found = LedgerFixture.TODAY.minusDays(30 + i % 400);
            Map<LedgerField, Object> v = i % 3 == 0 ? closed(found, "部位" + i, "隐患描述第" + i + "条")
                    : rectifying(found, "部位" + i, "隐患描述第" + i + "条");
            v.put(LedgerField.UNIT, units[i % units.length]);
            v.remove(LedgerField.SOURCE);
            v.remove(LedgerField.RECTIFYING_TIER);
            v.put(LedgerField.RESPONSIBLE, people[i % people.length]);
            many.add(v);
        }
        long start = System.nanoTime();
        ImportOutcome out = f.sheets.importLines(lines(many), options(), Progress.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("LedgerSheetImportTest: 20,000 lines imported in " + millis + " ms");

        assertThat(out.check().problems()).isEmpty();
        assertThat(out.imported()).isEqualTo(20_000);
        assertThat(out.numbers()).doesNotHaveDuplicates();
        assertThat(f.sheets.count(HazardQuery.ALL)).isEqualTo(20_000);
        assertThat(f.audit.verify().isIntact()).isTrue();
    }
}
