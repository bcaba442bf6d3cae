package org.hazardledger.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hazardledger.model.AccountRole;
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

/** Hazards at a chosen unit, source and rectifying tier, walked through the lifecycle as the proper people. */
public final class TieredHazards {

    private final LedgerFixture ledger;

    public TieredHazards(LedgerFixture ledger) {
        this.ledger = ledger;
    }

    /** Registers a general hazard as the clerk. */
    public Hazard register(OrgUnit unit, Person finder, LocalDate foundOn, HazardSource source, Tier tier,
                           String description) {
        ledger.session.signIn(LedgerFixture.CLERK);
        return ledger.hazards.register(new HazardDraft(
                new Registration(unit.id(), unit.name() + "现场", foundOn, finder.id(), false, source,
                        "EQUIPMENT_DEFECT", HazardForm.UNSAFE_STATE, description),
                new Grading(Grade.GENERAL, "B", null, null, tier)));
    }

    /** Gives it its 五定 as the clerk, due on {@code deadline}. */
    public Hazard assign(Hazard h, Person responsible, LocalDate deadline) {
        ledger.session.signIn(LedgerFixture.CLERK);
        Rectification r = new Rectification("整改措施：" + h.registration().description(), "设置警示标识",
                responsible.id(), deadline, new BigDecimal("500.00"), "符合要求", responsible.id());
        String plan = h.grading().rectifyingTier() == Tier.PLANT ? "第一周拆检，第二周更换，第三周验收" : null;
        return ledger.hazards.perform(h.id(), h.revision(), new HazardCommand.Assign(r, plan));
    }

    /**
     * Reports it rectified, accepts it, has the union body answering for {@code unionUnit} (null: the
     * enterprise union) sign it off on {@code signedOn}, and strikes it off on {@code closedOn}.
     */
    public Hazard handle(Hazard h, OrgUnit unionUnit, LocalDate signedOn, LocalDate closedOn) {
        ledger.session.signIn(LedgerFixture.CLERK);
        h = ledger.hazards.perform(h.id(), h.revision(), new HazardCommand.ReportRectified(signedOn, "已整改"));
        h = ledger.hazards.perform(h.id(), h.revision(), new HazardCommand.Accept(signedOn, "合格"));
        ledger.signIn("工会 (union)", AccountRole.UNION_MEMBER, unionUnit);
        h = ledger.hazards.perform(h.id(), h.revision(), new HazardCommand.SignOff(signedOn, "同意"));
        ledger.session.signIn(LedgerFixture.CLERK);
        if (closedOn != null) {
            h = ledger.hazards.perform(h.id(), h.revision(), new HazardCommand.Close(closedOn));
        }
        return h;
    }
}
