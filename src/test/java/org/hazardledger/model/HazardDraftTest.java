package org.hazardledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HazardDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final UUID UNIT = UUID.randomUUID();
    private static final UUID FINDER = UUID.randomUUID();

    private static Registration registration(LocalDate foundOn, String description, boolean anonymous) {
        return new Registration(UNIT, "配电室", foundOn, anonymous ? null : FINDER, anonymous, HazardSource.TEAM_CHECK,
                "ELECTRICAL", HazardForm.UNSAFE_STATE, description);
    }

    private static Grading general(Tier tier) {
        return new Grading(Grade.GENERAL, "A", null, RiskColour.BLUE, tier);
    }

    @Test
    void aCompleteDraftPasses() {
        assertThat(new HazardDraft(registration(TODAY, "配电柜门未关闭", false), general(Tier.TEAM)).validate(TODAY))
                .isEmpty();
    }

    @Test
    void anEmptyDraftNamesEveryMissingField() {
        HazardDraft empty = new HazardDraft(
                new Registration(null, " ", null, null, false, null, null, null, ""),
                new Grading(null, null, null, null, null));
        assertThat(empty.validate(TODAY)).extracting(FieldError::field).containsExactlyInAnyOrder(
                HazardDraft.UNIT, HazardDraft.PLACE, HazardDraft.FOUND_ON, HazardDraft.FINDER, HazardDraft.SOURCE,
                HazardDraft.CATEGORY, HazardDraft.FORM, HazardDraft.DESCRIPTION, HazardDraft.GRADE,
                HazardDraft.RECTIFYING_TIER);
    }

    @Test
    void aHazardCannotBeFoundTomorrowButTodayIsFine() {
        assertThat(new HazardDraft(registration(TODAY.plusDays(1), "配电柜门未关闭", false), general(Tier.TEAM))
                .validate(TODAY)).singleElement()
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("validation.foundOn.future"));
    }

    @Test
    void anAnonymousReportNeedsNoFinder() {
        assertThat(new HazardDraft(registration(TODAY, "夜班有人脱岗睡觉", true), general(Tier.WORKSHOP))
                .validate(TODAY)).isEmpty();
    }

    @Test
    void aMajorHazardNeedsItsReasonNoSubGradeAndThePlantTier() {
        HazardDraft major = new HazardDraft(registration(TODAY, "储罐区可燃气体报警器失效", false),
                new Grading(Grade.MAJOR, "A", null, RiskColour.RED, Tier.WORKSHOP));
        assertThat(major.validate(TODAY)).extracting(FieldError::messageKey).containsExactlyInAnyOrder(
                "validation.majorReason.required", "validation.subGrade.onlyGeneral",
                "validation.rectifyingTier.majorAtPlant", "validation.majorCriterion.required");
    }

    @Test
    void aGeneralHazardHasNoMajorReason() {
        HazardDraft draft = new HazardDraft(registration(TODAY, "配电柜门未关闭", false),
                new Grading(Grade.GENERAL, null, MajorReason.OUTSIDE_FACTORS, null, Tier.TEAM));
        assertThat(draft.validate(TODAY)).extracting(FieldError::messageKey)
                .containsExactly("validation.majorReason.onlyMajor");
    }

    @Test
    void descriptionsHaveBounds() {
        assertThat(new HazardDraft(registration(TODAY, "漏", false), general(Tier.TEAM)).validate(TODAY))
                .extracting(FieldError::messageKey).containsExactly("validation.tooShort");
        String tooLong = "漏".repeat(HazardDraft.DESCRIPTION_MAX + 1);
        assertThat(new HazardDraft(registration(TODAY, tooLong, false), general(Tier.TEAM)).validate(TODAY))
                .extracting(FieldError::messageKey).containsExactly("validation.tooLong");
    }

    @Test
    void theRectifyingTierIsNeverBelowTheUnitWhereItWasFound() {
        assertThat(HazardDraft.validateTierAgainstUnit(Tier.POST, Tier.WORKSHOP)).hasSize(1);
        assertThat(HazardDraft.validateTierAgainstUnit(Tier.WORKSHOP, Tier.WORKSHOP)).isEmpty();
        assertThat(HazardDraft.validateTierAgainstUnit(Tier.PLANT, Tier.POST)).isEmpty();
    }
}
