package org.hazardledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The reward scale: fixed amounts per grade, and a share of a base between a floor and a cap. */
class RewardScaleTest {

    private static final RewardScale SCALE = RewardScale.DEFAULT;

    @Test
    void generalHazardsByTheirSubGradeAndMajorHazardsByTheirOwnAmount() {
        assertThat(SCALE.fixedFor(Grade.GENERAL, "A")).isEqualByComparingTo("200");
        assertThat(SCALE.fixedFor(Grade.GENERAL, "b")).isEqualByComparingTo("100");
        assertThat(SCALE.fixedFor(Grade.GENERAL, " C ")).isEqualByComparingTo("50");
        assertThat(SCALE.fixedFor(Grade.GENERAL, null)).isEqualByComparingTo("50");
        assertThat(SCALE.fixedFor(Grade.MAJOR, null)).isEqualByComparingTo("1000");
        assertThat(SCALE.fixedFor(Grade.MAJOR, "A")).isEqualByComparingTo("1000");
        assertThat(SCALE.fixedFor(Grade.GENERAL, "A").scale()).isEqualTo(2);
    }

    @Test
    void aSmallBaseGetsTheFloorALargeOneTheCapAndOneInBetweenItsShare() {
        assertThat(SCALE.shareOf(new BigDecimal("500"))).isEqualByComparingTo("200.00");
        assertThat(SCALE.shareOf(BigDecimal.ZERO)).isEqualByComparingTo("200.00");
        assertThat(SCALE.shareOf(new BigDecimal("2000"))).isEqualByComparingTo("200.00");
        assertThat(SCALE.shareOf(new BigDecimal("2000.10"))).isEqualByComparingTo("200.01");
        assertThat(SCALE.shareOf(new BigDecimal("35000"))).isEqualByComparingTo("3500.00");
        assertThat(SCALE.shareOf(new BigDecimal("100000"))).isEqualByComparingTo("10000.00");
        assertThat(SCALE.shareOf(new BigDecimal("5000000"))).isEqualByComparingTo("10000.00");
    }

    @Test
    void aBaseAmountMeansAShareWithoutOneTheGradesAmount() {
        assertThat(SCALE.amountFor(Grade.GENERAL, "C", new BigDecimal("50000"))).isEqualByComparingTo("5000");
        assertThat(SCALE.amountFor(Grade.GENERAL, "C", null)).isEqualByComparingTo("50");
    }

    @Test
    void aScaleWithTheCapBelowTheFloorOrABadShareIsRefusedFieldByField() {
        RewardScale bad = new RewardScale(new BigDecimal("-1"), RewardScale.yuan("1"), RewardScale.yuan("1"),
                new BigDecimal("1.001"), RewardScale.yuan("1"), new BigDecimal("0"), RewardScale.yuan("500"),
                RewardScale.yuan("100"));
        assertThat(bad.validate()).extracting(FieldError::field)
                .containsExactlyInAnyOrder(RewardScale.GENERAL_A, RewardScale.GENERAL_NONE,
                        RewardScale.SHARE_PERCENT, RewardScale.CAP);
        assertThat(SCALE.validate()).isEmpty();
    }

    @Property
    void aShareIsAlwaysBetweenTheFloorAndTheCap(@ForAll("bases") BigDecimal base, @ForAll("scales") RewardScale s) {
        BigDecimal share = s.shareOf(base);
        assertThat(share).isBetween(s.floor(), s.cap());
        assertThat(share.scale()).isEqualTo(2);
    }

    @Property
    void inBetweenTheShareIsThePercentOfTheBaseToTheFen(@ForAll("bases") BigDecimal base,
                                                         @ForAll("scales") RewardScale s) {
        BigDecimal exact = base.multiply(s.sharePercent()).divide(new BigDecimal("100"));
        BigDecimal share = s.shareOf(base);
        if (exact.compareTo(s.floor()) >= 0 && exact.compareTo(s.cap()) <= 0) {
            assertThat(share.subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        } else if (exact.compareTo(s.floor()) < 0) {
            assertThat(share).isEqualByComparingTo(s.floor());
        } else {
            assertThat(share).isEqualByComparingTo(s.cap());
        }
    }

    @Property
    void aLargerBaseNeverGetsASmallerReward(@ForAll("bases") BigDecimal a, @ForAll("bases") BigDecimal b,
                                            @ForAll("scales") RewardScale s) {
        BigDecimal lo = a.min(b);
        BigDecimal hi = a.max(b);
        assertThat(s.shareOf(hi)).isGreaterThanOrEqualTo(s.shareOf(lo));
    }

    @Provide
    Arbitrary<BigDecimal> bases() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000000")).ofScale(2);
    }

    @Provide
    Arbitrary<RewardScale> scales() {
        Arbitrary<BigDecimal> percent = Arbitraries.bigDecimals().between(new BigDecimal("0.5"),
                new BigDecimal("100")).ofScale(2);
        Arbitrary<BigDecimal> floor = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000"))
                .ofScale(2);
        Arbitrary<BigDecimal> extra = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50000"))
                .ofScale(2);
        return net.jqwik.api.Combinators.combine(percent, floor, extra).as((p, f, e) -> new RewardScale(
                RewardScale.yuan("200"), RewardScale.yuan("100"), RewardScale.yuan("50"), RewardScale.yuan("50"),
                RewardScale.yuan("1000"), p, f, f.add(e)));
    }
}
