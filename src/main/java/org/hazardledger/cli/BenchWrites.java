package org.hazardledger.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Rectification;
import org.hazardledger.model.Registration;
import org.hazardledger.model.Tier;

/**
 * The two writes of {@code bench ledger}: registering a hazard (one transaction, audit entry and
 * search index included) and one lifecycle transition of a hazard registered so (assigning its 五定).
 */
final class BenchWrites {

    private static final String PLACE = "基准测试巡检点";
    private static final String DESCRIPTION = "基准测试：配电箱门未关闭，箱内线缆老化有漏电风险";
    private static final String MEASURES = "更换老化线缆，关闭箱门并上锁";

    private final OpenLedger ledger;
    private final Person person;
    private final String category;
    private final Tier tier;
    private final Deque<Hazard> registered = new ArrayDeque<>();
    private int count;

    BenchWrites(OpenLedger ledger) {
        this.ledger = ledger;
        this.person = ledger.organisation().people().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the benchmark ledger has nobody in it"));
        this.category = ledger.referenceData().hazardCategories().get(0).code();
        this.tier = ledger.organisation().units().stream().filter(u -> u.id().equals(person.unitId())).findFirst()
                .map(OrgUnit::tier).orElse(Tier.PLANT);
    }

    int register() {
        LocalDate today = LocalDate.now();
        Hazard h = ledger.hazards().register(new HazardDraft(
                new Registration(person.unitId(), PLACE + (++count), today, person.id(), false,
                        HazardSource.WORKSHOP_CHECK, category, HazardForm.UNSAFE_STATE, DESCRIPTION),
                new Grading(Grade.GENERAL, "B", null, null, tier)));
        registered.add(h);
        return 1;
    }

    /** Assigns the 五定 of the oldest hazard registered here and not yet assigned (registers one if none). */
    int transition() {
        if (registered.isEmpty()) {
            register();
        }
        Hazard h = registered.poll();
        LocalDate today = LocalDate.now();
        ledger.hazards().perform(h.id(), h.revision(), new HazardCommand.Assign(new Rectification(MEASURES,
                null, person.id(), today.plusDays(10), new BigDecimal("500.00"), "无漏电隐患", person.id()), null));
        return 1;
    }
}
