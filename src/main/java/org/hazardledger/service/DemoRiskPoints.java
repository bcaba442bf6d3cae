package org.hazardledger.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.Lec;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.RiskColourTable;
import org.hazardledger.model.RiskPoint;
import org.hazardledger.model.Tier;
import org.hazardledger.store.StoreSession;

/**
 * The demo plant's risk register: three to five risk points per workshop from its real sources of
 * danger (反应釜, 储罐区, 配电室, 动火作业, 受限空间 …), graded so that every colour appears, and a
 * sample of the demo hazards linked to the point they were found at.
 */
final class DemoRiskPoints {

    /** One point of a workshop kind; {@code keyword} finds the hazards that belong to it. */
    private record Template(String name, String location, String factors, String l, String e, String c,
                            String measures, String keyword) {
    }

    private static final Map<String, List<Template>> BY_KIND = Map.of(
            "SYNTHESIS", List.of(
                    new Template("反应釜（放热反应）", "合成厂房一层", "反应失控飞温超压，物料泄漏引发火灾、爆炸和中毒", "3", "6", "40",
                            "温度、压力与进料紧急切断联锁投用；安全仪表系统定期检验；安全阀按期校验；DCS 超限报警", "釜"),
                    new Template("投料口", "合成厂房二层投料平台", "粉状和有毒物料投加时的粉尘、接触中毒", "3", "6", "7",
                            "密闭投料，局部排风；佩戴防毒面具和防护手套；投料作业票", "投料"),
                    new Template("釜内清理（受限空间作业）", "合成厂房", "缺氧窒息、有毒气体中毒", "3", "2", "40",
                            "作业审批；先通风、再检测、后作业；专人监护；配备应急救援器材", "受限空间"),
                    new Template("合成中控室", "合成控制楼", "误操作、报警未及时处置", "1", "6", "3",
                            "操作规程上墙；交接班记录；报警处置卡", "中控")),
            "DISTILLATION", List.of(
                    new Template("精馏塔区", "精馏框架", "塔釜超温超压，可燃物料泄漏着火", "3", "6", "15",
                            "塔釜温度压力报警和联锁；定期巡检；可燃气体检测报警", "塔"),
                    new Template("回流罐及机泵区", "精馏框架一层", "机泵密封泄漏，可燃液体流散", "1", "6", "15",
                            "机泵定期检查和维护；泄漏收集围堰；防爆电气", "泵"),
                    new Template("取样分析点", "精馏框架", "取样时接触有毒有害物料", "1", "3", "7",
                            "密闭取样器；佩戴防护用品；两人作业", "取样")),
            "TANK_FARM", List.of(
                    new Template("甲醇、甲苯储罐区", "罐区一组", "储罐泄漏遇火源发生火灾、爆炸", "3", "6", "40",
                            "高液位联锁和紧急切断；氮封；可燃气体检测；防雷防静电检测", "储罐"),
                    new Template("装卸栈台", "罐区东侧", "装卸过程泄漏、静电引燃", "3", "3", "40",
                            "万向管道充装；静电接地报警；装卸作业专人监护", "装卸"),
                    new Template("防火堤及消防设施", "罐区", "防火堤破损，事故时物料外溢", "1", "6", "15",
                            "防火堤定期检查修补；消防设施月检", "防火堤"),
                    new Template("罐区巡检通道", "罐区", "巡检时滑倒、跌落", "1", "6", "3",
                            "通道照明和防滑；巡检路线图", "巡检")),
            "POWER", List.of(
                    new Template("锅炉房", "动力站", "锅炉超压、缺水引发爆炸", "3", "6", "15",
                            "水位、压力联锁保护；定期检验；持证操作", "锅炉"),
                    new Template("配电室", "动力站二层", "触电、电气火灾", "1", "6", "15",
                            "停送电操作票；绝缘工器具定期试验；室内消防器材", "配电"),
                    new Template("总降压变电站", "厂区南侧", "供电中断导致装置非计划停车", "1", "6", "40",
                            "继电保护定期校验；应急电源；停电事故预案演练", "变电"),
                    new Template("空压站", "动力站一层", "储气罐超压、机械伤害", "1", "6", "7",
                            "安全阀校验；防护罩齐全", "空压")),
            "MAINTENANCE", List.of(
                    new Template("动火作业", "全厂检修现场", "动火点周围可燃物或可燃气体引发火灾、爆炸", "3", "3", "40",
                            "动火作业票分级审批；动火前气体分析；清除可燃物；专人监火", "动火"),
                    new Template("高处作业", "全厂检修现场", "高处坠落、物体打击", "3", "3", "15",
                            "作业票；系挂安全带；搭设合格脚手架", "高处"),
                    new Template("起重吊装作业", "机修厂房", "吊物坠落、起重机械倾翻", "1", "3", "40",
                            "吊装作业票；司索指挥持证；吊索具定期检查", "吊"),
                    new Template("机加工区", "机修厂房", "砂轮、车床等机械伤害", "3", "6", "3",
                            "防护罩和急停装置完好；禁止戴手套操作旋转设备", "机加工")),
            "PACKAGING", List.of(
                    new Template("灌装线", "包装厂房", "灌装时物料泄漏、静电", "3", "6", "7",
                            "静电接地；局部排风；防护用品", "灌装"),
                    new Template("叉车作业区", "包装厂房及成品库", "叉车撞人、货物倒塌", "3", "6", "15",
                            "人车分流；叉车持证驾驶；限速", "叉车"),
                    new Template("成品库", "成品库", "堆垛倒塌、火灾", "1", "6", "7",
                            "限高堆放；消防器材完好；通道畅通", "库")));

    private DemoRiskPoints() {
    }

    /** Writes the points and links hazards to them; returns how many points were made. */
    static int create(StoreSession s, Actor actor, DemoOrganisation org, DemoPeople people, List<Hazard> hazards,
                      Random rng) {
        RiskColourTable colours = s.riskRegister().colourTable();
        Map<UUID, List<Template>> templates = new HashMap<>();
        Map<UUID, List<RiskPoint>> points = new HashMap<>();
        int made = 0;
        for (OrgUnit workshop : org.all(Tier.WORKSHOP)) {
            List<Template> kind = BY_KIND.getOrDefault(org.kind(workshop), List.of());
            Person director = people.director(workshop);
            List<RiskPoint> here = new ArrayList<>();
            for (Template t : kind) {
                Lec lec = new Lec(new BigDecimal(t.l()), new BigDecimal(t.e()), new BigDecimal(t.c()));
                RiskPoint p = new RiskPoint(s.newId(), 1, workshop.id(), t.name(), t.location(), t.factors(), lec,
                        colours.colourOf(lec), t.measures(), director == null ? null : director.id(), false);
                s.riskRegister().insert(p);
                here.add(p);
                made++;
            }
            templates.put(workshop.id(), kind);
            points.put(workshop.id(), here);
        }
        for (Hazard h : hazards) {
            OrgUnit unit = s.organisation().unit(h.registration().unitId()).orElse(null);
            if (unit == null || unit.tier().ordinal() > Tier.WORKSHOP.ordinal()) {
                continue;
            }
            OrgUnit workshop = org.above(unit, Tier.WORKSHOP);
            List<RiskPoint> here = points.getOrDefault(workshop.id(), List.of());
            List<Template> kind = templates.getOrDefault(workshop.id(), List.of());
            String text = h.registration().place() + h.registration().description();
            RiskPoint match = null;
            for (int i = 0; i < kind.size() && match == null; i++) {
                if (text.contains(kind.get(i).keyword())) {
                    match = here.get(i);
                }
            }
            boolean link = match != null ? rng.nextDouble() < 0.8 : !here.isEmpty() && rng.nextDouble() < 0.1;
            if (!link) {
                continue;
            }
            RiskPoint p = match != null ? match : here.get(rng.nextInt(here.size()));
            Hazard current = s.hazards().byId(h.id()).orElse(null);
            if (current != null) {
                s.riskRegister().link(current, p.id());
            }
        }
        return made;
    }
}
