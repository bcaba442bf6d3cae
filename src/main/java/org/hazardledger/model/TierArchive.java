package org.hazardledger.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tiered hazard archive (分级隐患档案) of one tier in a unit and the units below it, for a period
 * (decision 0012): the hazards the tier found and handled, the rounds it held, the rounds it
 * missed, and its compliance.
 *
 * @param unitId       null for the whole enterprise
 * @param found        found in the period: by the tier's own check, or rectified at the tier; oldest first
 * @param handled      rectified at the tier and signed off (or, never signed off, struck off) in the period
 * @param roundsHeld   rounds of the tier's units held in the period, oldest first
 * @param roundsMissed periods that ended in the period without a round, each once
 * @param compliance   done, missed and due periods of the tier's units that end in the period
 * @param categories   the hazard categories by code, read with the rows so the archive names them as
 *                     the catalog stood when it was read
 */
public record TierArchive(Tier tier, UUID unitId, String unitName, LocalDate from, LocalDate to,
                          List<HazardRow> found, List<HazardRow> handled, List<RoundRow> roundsHeld,
                          List<ComplianceEntry> roundsMissed, ComplianceSummary compliance,
                          Map<String, CatalogEntry> categories) {

    public TierArchive {
        found = List.copyOf(found);
        handled = List.copyOf(handled);
        roundsHeld = List.copyOf(roundsHeld);
        roundsMissed = List.copyOf(roundsMissed);
        categories = Map.copyOf(categories);
    }

    /** Field names for the archive form. */
    public static final String TIER = "tier";
    public static final String UNIT = "unit";
    public static final String FROM = "from";
    public static final String TO = "to";
}
