package org.hazardledger.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hazardledger.model.DrillDraft;
import org.hazardledger.model.EmergencyDrill;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Tier;
import org.hazardledger.model.TrainingAttendance;
import org.hazardledger.model.TrainingDraft;
import org.hazardledger.model.TrainingKind;
import org.hazardledger.store.StoreSession;

/**
 * The demo's training sessions and drills with attendees (S06): a dozen sessions over the last year
 * and four drills, whose findings point at hazards the demo already has (so no new hazards: the
 * demo's hazard counts stay as they were).
 */
final class DemoTraining {

    private static final String[][] SESSIONS = {
        {"SAFETY_TRAINING", "危险化学品安全操作规程", "安全科 刘敏", "4"},
        {"NEW_HIRE", "新员工三级安全教育（车间级）", "车间主任", "8"},
        {"SPECIAL_OPERATION", "动火作业安全培训", "市安全培训中心 周强", "6"},
        {"SAFETY_TRAINING", "事故隐患排查治理与“三违”识别", "安全科 刘敏", "3"},
        {"UNION_OFFICER", "工会劳动保护监督检查员培训", "市总工会 王红", "6"},
        {"SAFETY_TRAINING", "有限空间作业安全", "安全科 陈刚", "2.5"},
        {"MANAGEMENT", "安全管理人员安全生产知识和管理能力培训", "市应急管理局 赵明", "8"},
        {"SPECIAL_OPERATION", "电工作业安全复训", "市安全培训中心 周强", "4"},
        {"SAFETY_TRAINING", "职业病危害防护与个体防护用品使用", "职业卫生科 孙丽", "2"},
        {"UNION_OFFICER", "班组劳动保护监督员工作方法", "企业工会 主席", "3"},
        {"SAFETY_TRAINING", "消防器材使用与初起火灾扑救", "消防队 吴军", "1.5"},
        {"SAFETY_TRAINING", "岗位风险辨识与应急处置卡", "安全科 陈刚", "2"},
    };

    private static final String[][] DRILLS = {
        {"液氨储罐泄漏应急演练", "响应迅速，警戒疏散到位；个别岗位报告不够规范。", "应急广播在罐区东侧听不清", "两名员工空气呼吸器佩戴超时"},
        {"车间火灾疏散演练", "疏散用时4分钟，达到预案要求。", "二号楼梯疏散指示灯不亮"},
        {"有限空间中毒窒息救援演练", "救援程序基本正确，监护人职责落实不到位。", "气体检测仪未校验", "救援三脚架不在现场"},
        {"触电事故现场处置演练", "心肺复苏操作规范。"},
    };

    private DemoTraining() {
    }

    /** Runs inside the demo's transaction, after the hazards, rounds and accounts exist. */
    static void create(StoreSession s, DemoActors actors, DemoOrganisation org, DemoPeople people,
                       List<Hazard> enacted, Random random, LocalDate today) {
        List<OrgUnit> workshops = org.all(Tier.WORKSHOP);
        if (workshops.isEmpty()) {
            return;
        }
        for (int i = 0; i < SESSIONS.length; i++) {
            String[] row = SESSIONS[i];
            TrainingKind kind = TrainingKind.valueOf(row[0]);
            OrgUnit workshop = workshops.get(i % workshops.size());
            List<Person> attendees = kind == TrainingKind.UNION_OFFICER ? unionOfficers(org, people, workshops)
                    : crew(org, people, workshop, random, 6 + random.nextInt(10));
            LocalDate day = today.minusDays(20 + 28L * (SESSIONS.length - i) + random.nextInt(7));
            List<TrainingAttendance> results = new ArrayList<>();
            for (Person p : attendees) {
                boolean examined = kind != TrainingKind.UNION_OFFICER;
                int score = 60 + random.nextInt(41);
                results.add(new TrainingAttendance(p.id(), null, examined ? score >= 65 : null,
                        examined ? new BigDecimal(score) : null));
            }
            Actor actor = kind == TrainingKind.UNION_OFFICER ? actors.enterpriseUnion() : actors.clerk();
            TrainingOperations.record(s, actor, new TrainingDraft(kind, row[1], day, new BigDecimal(row[3]), row[2],
                    kind == TrainingKind.UNION_OFFICER ? org.all(Tier.PLANT).get(0).id() : workshop.id(),
                    "培训后进行闭卷考试，总体掌握情况良好。", results));
        }
        for (int i = 0; i < DRILLS.length; i++) {
            String[] row = DRILLS[i];
            OrgUnit workshop = workshops.get((i * 2) % workshops.size());
            LocalDate day = today.minusDays(30 + 75L * (DRILLS.length - i) + random.nextInt(10));
            List<String> findings = List.of(row).subList(2, row.length);
            EmergencyDrill d = TrainingOperations.record(s, actors.clerk(), new DrillDraft(row[0], day, workshop.id(),
                    crew(org, people, workshop, random, 8 + random.nextInt(8)).stream().map(Person::id).toList(),
                    row[1], findings));
            // the first finding of the first drills is already on the ledger as a hazard of that workshop
            if (i < 3 && !d.findings().isEmpty()) {
                Set<UUID> units = org.below(workshop, Tier.POST).stream().map(OrgUnit::id).collect(Collectors.toSet());
                units.add(workshop.id());
                org.below(workshop, Tier.TEAM).forEach(t -> units.add(t.id()));
                enacted.stream().filter(h -> units.contains(h.registration().unitId()))
                        .filter(h -> !h.registration().foundOn().isBefore(day)).findFirst()
                        .ifPresent(h -> {
                            if (s.training().linkFinding(d.findings().get(0).id(), h.id())) {
                                s.events().append(actors.clerk().name(), TrainingOperations.DRILL_ENTITY, d.id(),
                                        "FINDING_LINKED", new EventPayload().put("finding", d.findings().get(0).id())
                                                .put("hazard", h.id()).put("hazardNumber", h.number()).toJson());
                            }
                        });
            }
        }
    }

    /** Up to {@code n} people of the workshop: its director, team leaders and workers. */
    private static List<Person> crew(DemoOrganisation org, DemoPeople people, OrgUnit workshop, Random random, int n) {
        List<Person> all = new ArrayList<>();
        for (OrgUnit post : org.below(workshop, Tier.POST)) {
            all.addAll(people.workers(post));
        }
        for (OrgUnit team : org.below(workshop, Tier.TEAM)) {
            Person leader = people.teamLeader(team);
            if (leader != null) {
                all.add(leader);
            }
        }
        Collections.shuffle(all, random);
        List<Person> picked = new ArrayList<>(all.subList(0, Math.min(n, all.size())));
        Person director = people.director(workshop);
        if (director != null && !picked.contains(director)) {
            picked.add(director);
        }
        return picked;
    }

    private static List<Person> unionOfficers(DemoOrganisation org, DemoPeople people, List<OrgUnit> workshops) {
        List<Person> officers = new ArrayList<>();
        for (OrgUnit w : workshops) {
            Person chair = people.workshopUnionChair(w);
            if (chair != null && !officers.contains(chair)) {
                officers.add(chair);
            }
            Person inspector = people.labourInspector(w);
            if (inspector != null && !officers.contains(inspector)) {
                officers.add(inspector);
            }
        }
        return officers;
    }
}
