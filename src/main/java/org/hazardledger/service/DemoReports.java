package org.hazardledger.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.hazardledger.model.Account;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.ReportChannel;
import org.hazardledger.model.ReporterIdentity;
import org.hazardledger.model.SafetyReport;
import org.hazardledger.model.SafetyReportDraft;
import org.hazardledger.model.Tier;
import org.hazardledger.store.StoreSession;

/**
 * The demo's safety reports, most sealed to the demo union chair’s key (S06). The key is held by the
 * demo account {@code gonghui} and locked under the demo’s published password {@value #PASSPHRASE}, at
 * the production Argon2id cost (one derivation; sealing itself is cheap).
 */
final class DemoReports {

    /** The demo seal key's passphrase: the demo's published password. */
    static final String PASSPHRASE = "Demo-2026";
    static final String HOLDER_LOGIN = "gonghui";
    private static final int REPORTS = 12;

    private static final String[] NAMES = {"王建国", "李秀英", "张卫东", "刘海燕", "陈志强", "杨丽华", "赵永刚",
        "黄晓梅", "周德明"};
    private static final String[] SUMMARIES = {
        "反映二车间夜班有人违章拆除防护罩作业", "反映库区消防通道被杂物堵塞多日",
        "反映班组长指挥员工在未通风情况下进入受限空间", "反映压力容器安全阀超期未校验",
        "反映新员工未经三级安全教育即上岗", "反映检修时未执行挂牌上锁",
        "反映配电室门长期敞开且无人值守", "反映劳保用品发放不足，防尘口罩需自购",
        "反映夜班连续加班超过规定时长", "反映吊装作业无专人监护", "反映危化品仓库温湿度记录造假",
        "反映厂区道路照明损坏无人维修"};

    private DemoReports() {
    }

    /** Runs inside the demo's transaction, after the hazards, rounds and accounts exist. */
    static void create(StoreSession s, DemoActors actors, DemoOrganisation org, DemoPeople people,
                       List<Hazard> enacted, Random random, LocalDate today) {
        Account chair = s.accounts().byLoginName(HOLDER_LOGIN).orElse(null);
        if (chair == null) {
            return;
        }
        IdentitySeal seal = new IdentitySeal(Argon2Cost.DEFAULT);
        char[] passphrase = PASSPHRASE.toCharArray();
        SafetyReportOperations.createKey(s, Actor.of(chair), seal, passphrase);

        LocalDate end = LocalDate.now(s.clock());
        LocalDate start = enacted.stream().map(h -> h.registration().foundOn()).min(Comparator.naturalOrder())
                .orElse(end.minusMonths(6));
        long span = Math.max(1, ChronoUnit.DAYS.between(start, end));
        List<OrgUnit> workshops = org.all(Tier.WORKSHOP);
        // hazards that came from workers or the hotline: a few reports were the start of them
        List<Hazard> reported = new ArrayList<>(enacted.stream()
                .filter(h -> h.registration().source() == HazardSource.WORKER_REPORT
                        || h.registration().source() == HazardSource.HOTLINE_12350)
                .limit(40).toList());
        ReportChannel[] channels = {ReportChannel.HOTLINE_12350, ReportChannel.HOTLINE_12351, ReportChannel.LETTER,
            ReportChannel.IN_PERSON};
        Actor clerk = actors.clerk();
        for (int i = 0; i < REPORTS; i++) {
            boolean anonymous = i % 5 == 4; // a few anonymous ones
            ReportChannel channel = anonymous ? ReportChannel.ANONYMOUS : channels[random.nextInt(channels.length)];
            Hazard becameHazard = i % 3 == 0 && !reported.isEmpty() ? reported.remove(random.nextInt(reported.size()))
                    : null;
            LocalDate received = becameHazard != null ? becameHazard.registration().foundOn()
                    : start.plusDays(random.nextInt((int) Math.min(Integer.MAX_VALUE, span)));
            OrgUnit unit = becameHazard != null ? null : workshops.isEmpty() || random.nextInt(4) == 0 ? null
                    : workshops.get(random.nextInt(workshops.size()));
            String summary = becameHazard != null ? becameHazard.registration().description() : SUMMARIES[i];
            ReporterIdentity identity = anonymous ? null : new ReporterIdentity(NAMES[i % NAMES.length],
                    "1" + (3 + random.nextInt(6)) + String.format("%09d", random.nextInt(1_000_000_000)),
                    unit == null ? "" : unit.name(), "");
            SafetyReport r = SafetyReportOperations.register(s, clerk, seal, random,
                    new SafetyReportDraft(channel, received,
                            becameHazard != null ? becameHazard.registration().unitId() : unit == null ? null
                                    : unit.id(), summary, identity));
            if (becameHazard != null) {
                SafetyReportOperations.linkHazard(s, clerk, r.id(), becameHazard.number().toString());
            }
        }
    }
}
