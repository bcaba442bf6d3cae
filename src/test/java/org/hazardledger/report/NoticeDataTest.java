package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardNumber;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.Outcome;
import org.hazardledger.model.Rectification;
import org.hazardledger.model.Registration;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;
import org.junit.jupiter.api.Test;

/** How the notice words each value, without a ledger. */
class NoticeDataTest {

    private final Messages zh = Messages.forLanguage("zh");

    @Test
    void aMajorHazardNamesItsGroundAndFundsKeepTwoDecimals() {
        NoticeData data = NoticeData.of(details(new Grading(Grade.MAJOR, null, MajorReason.OUTSIDE_FACTORS, null,
                Tier.PLANT), false, new BigDecimal("1234567.5")), zh);

        assertThat(data.grade()).isEqualTo("重大隐患（因外部因素影响致使生产经营单位自身难以排除）");
        assertThat(data.funds()).isEqualTo("1,234,567.50 元");
        assertThat(data.deadline()).isEqualTo("2026年7月1日");
        assertThat(data.location()).isEqualTo("一厂 / 储运车间，3号储罐");
        assertThat(data.finder()).isEqualTo("王小明");
    }

    @Test
    void anAnonymousReportHidesTheFinderEvenWhenANameIsKnown() {
        NoticeData data = NoticeData.of(details(new Grading(Grade.GENERAL, null, null, null, Tier.TEAM), true, null), zh);

        assertThat(data.finder()).isEqualTo("匿名");
        assertThat(data.grade()).isEqualTo("一般隐患");
        assertThat(data.funds()).isNull();
        assertThat(data.parameters()).containsEntry("finder", "匿名").containsKeys("number", "deadline");
    }

    private static HazardDetails details(Grading grading, boolean anonymous, BigDecimal funds) {
        Registration reg = new Registration(UUID.randomUUID(), "3号储罐", LocalDate.of(2026, 6, 1), UUID.randomUUID(),
                anonymous, HazardSource.WORKER_REPORT, "EQUIPMENT_DEFECT", HazardForm.UNSAFE_STATE, "罐体腐蚀减薄");
        Rectification rect = new Rectification("更换罐体", "降低液位", UUID.randomUUID(), LocalDate.of(2026, 7, 1), funds,
                "测厚合格", UUID.randomUUID());
        Hazard hazard = new Hazard(UUID.randomUUID(), 1, new HazardNumber(YearMonth.of(2026, 6), 7),
                HazardStatus.RECTIFYING, reg, grading, rect, Outcome.NONE, null, Instant.EPOCH, Instant.EPOCH);
        return new HazardDetails(hazard, "测试化工有限公司", "一厂 / 储运车间", "王小明", "设备缺陷", "Equipment defect",
                "李建国", "张伟", null);
    }
}
