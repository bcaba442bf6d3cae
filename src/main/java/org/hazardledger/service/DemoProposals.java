package org.hazardledger.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Proposal;
import org.hazardledger.model.ProposalCategory;
import org.hazardledger.model.ProposalDraft;
import org.hazardledger.model.Tier;
import org.hazardledger.store.StoreSession;

/** The demo's rationalisation proposals and small innovations (S06): twenty, in every state. */
final class DemoProposals {

    private static final String[][] PROPOSALS = {
        {"SMALL_INNOVATION", "进料阀加装防渗漏托盘", "在反应釜进料阀下方加装不锈钢托盘并接入回收管线，防止物料滴漏地面。"},
        {"RATIONALISATION", "交接班增加隐患交接内容", "交接班记录增加“未整改隐患”一栏，接班人签字确认。"},
        {"SMALL_INVENTION", "便携式有毒气体报警挂件", "将报警仪改装为可挂在安全帽上的挂件，作业时不离身。"},
        {"SMALL_SUGGESTION", "楼梯踏步加贴防滑条", "操作平台钢梯踏步油污多，建议加贴防滑条。"},
        {"SMALL_CREATION", "皮带机清扫器改进", "改进皮带机头部清扫器角度，减少人工清理时接近转动部位。"},
        {"RATIONALISATION", "危化品出入库双人复核", "危化品出入库实行双人复核签字，杜绝错发。"},
        {"SMALL_INNOVATION", "配电柜门加装观察窗", "在配电柜门上加装透明观察窗，巡检不必开门。"},
        {"SMALL_SUGGESTION", "应急柜增加物资清单", "应急物资柜门内张贴物资清单和检查记录表。"},
        {"SMALL_INVENTION", "法兰防喷溅罩快速卡扣", "设计快装卡扣式防喷溅罩，安装时间由20分钟缩短到3分钟。"},
        {"RATIONALISATION", "外包作业人员入场安全交底视频化", "把入场安全交底做成视频，统一内容并留存记录。"},
        {"SMALL_CREATION", "叉车倒车语音提示", "叉车倒车时自动播放语音提示，提醒周边人员。"},
        {"SMALL_SUGGESTION", "更衣室增设劳保用品回收箱", "破损劳保用品集中回收，便于及时更换。"},
        {"SMALL_INNOVATION", "吊具定点存放架", "制作吊具定点存放架，避免吊具随意堆放造成损坏。"},
        {"RATIONALISATION", "夜班巡检路线优化", "调整夜班巡检路线，重点部位增加一次巡检。"},
        {"SMALL_INVENTION", "储罐液位远传报警改造", "储罐液位计增加远传报警，高液位时中控室声光报警。"},
        {"SMALL_SUGGESTION", "安全标志中英文对照", "外籍技术人员较多的区域，安全标志增加英文。"},
        {"SMALL_CREATION", "电焊机二次线快速接头", "电焊机二次线采用快速接头，减少裸露接头。"},
        {"RATIONALISATION", "班前会增加“一分钟风险提示”", "班前会由班组长轮流做一分钟风险提示。"},
        {"SMALL_INNOVATION", "管道介质流向标识改进", "采用反光材料制作管道介质流向标识，夜间也能看清。"},
        {"SMALL_SUGGESTION", "厂区道路增设减速带", "原料库门口车辆速度快，建议增设减速带。"},
    };

    private DemoProposals() {
    }

    /** Runs inside the demo's transaction, after the hazards, rounds and accounts exist. */
    static void create(StoreSession s, DemoActors actors, DemoOrganisation org, DemoPeople people,
                       List<Hazard> enacted, Random random, LocalDate today) {
        List<Person> proposers = new ArrayList<>();
        for (OrgUnit post : org.all(Tier.POST)) {
            proposers.addAll(people.workers(post));
        }
        if (proposers.isEmpty()) {
            return;
        }
        Actor clerk = actors.clerk();
        Actor union = actors.enterpriseUnion();
        Actor principal = actors.principal();
        for (int i = 0; i < PROPOSALS.length; i++) {
            String[] row = PROPOSALS[i];
            Person proposer = proposers.get(random.nextInt(proposers.size()));
            LocalDate submitted = today.minusDays(10 + 17L * (PROPOSALS.length - i) + random.nextInt(5));
            List<String> hazards = new ArrayList<>();
            if (i % 4 == 0 && !enacted.isEmpty()) {
                hazards.add(enacted.get(random.nextInt(enacted.size())).number().toString());
            }
            Proposal p = ProposalOperations.submit(s, clerk, new ProposalDraft(ProposalCategory.valueOf(row[0]),
                    row[1], row[2], proposer.id(), submitted, hazards));
            int stage = i % 5; // 0 submitted, 1 evaluated, 2 adopted, 3 not adopted, 4 implemented
            if (stage == 0 || submitted.plusDays(9).isAfter(today)) {
                continue;
            }
            LocalDate evaluated = submitted.plusDays(3 + random.nextInt(4));
            p = ProposalOperations.evaluate(s, union, p.id(), p.revision(), 55 + random.nextInt(45),
                    stage == 3 ? "可行性不足" : "思路清楚，投入小，见效快", evaluated);
            if (stage == 1) {
                continue;
            }
            LocalDate decided = evaluated.plusDays(2);
            if (stage == 3) {
                ProposalOperations.reject(s, principal, p.id(), p.revision(), "已列入年度技改计划，不单独立项", decided);
                continue;
            }
            p = ProposalOperations.adopt(s, principal, p.id(), p.revision(),
                    new BigDecimal(100 * (1 + random.nextInt(10))), decided);
            if (stage == 4) {
                ProposalOperations.implement(s, principal, p.id(), p.revision(), decided.plusDays(1));
            }
        }
    }
}
