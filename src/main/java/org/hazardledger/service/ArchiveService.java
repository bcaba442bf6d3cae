package org.hazardledger.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.ComplianceState;
import org.hazardledger.model.ComplianceSummary;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.RoundPeriod;
import org.hazardledger.model.RoundRow;
import org.hazardledger.model.Tier;
import org.hazardledger.model.TierArchive;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.Store;

/**
 * The tiered hazard archives (分级隐患档案, decision 0012). Reading only: each public method reads
 * the hazards in one transaction and the rounds through {@link RoundService}.
 */
public final class ArchiveService {

    /** The longest period one archive may cover: a few years of keeping (the rules ask for two). */
    public static final int MAX_DAYS = 3 * 366;

    private final Store store;
    /** Archives are not bounded by the user's units (the ledger is not either); kept for the printed form's signer. */
    private final UserSession session;
    private final RoundService rounds;

    public ArchiveService(Store store, UserSession session, RoundService rounds) {
        this.store = store;
        this.session = session;
        this.rounds = rounds;
    }

    /**
     * The archive of {@code tier} in {@code unitId} and the units below it (null: the whole
     * enterprise) from {@code from} to {@code to}, both included. The unit must be at the tier or
     * above it.
     */
    public TierArchive archive(Tier tier, UUID unitId, LocalDate from, LocalDate to) {
        Scope scope = store.transact(s -> {
            List<FieldError> errors = new ArrayList<>();
            if (tier == null) {
                errors.add(FieldError.of(TierArchive.TIER, "validation.required"));
            }
            if (from == null) {
                errors.add(FieldError.of(TierArchive.FROM, "validation.required"));
            }
            if (to == null) {
                errors.add(FieldError.of(TierArchive.TO, "validation.required"));
            } else if (from != null && to.isBefore(from)) {
                errors.add(FieldError.of(TierArchive.TO, "validation.archive.toBeforeFrom"));
            } else if (from != null && to.isAfter(from.plusDays(MAX_DAYS))) {
                errors.add(FieldError.of(TierArchive.TO, "validation.archive.tooLong", MAX_DAYS));
            }
            OrgUnit unit = unitId == null ? null : s.organisation().unit(unitId).orElse(null);
            if (unitId != null && unit == null) {
                errors.add(FieldError.of(TierArchive.UNIT, "validation.unit.unknown"));
            } else if (unit != null && tier != null && unit.tier().ordinal() < tier.ordinal()) {
                errors.add(FieldError.of(TierArchive.UNIT, "validation.archive.unitBelowTier"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Set<UUID> subtree = unitId == null ? Set.of() : OrganisationOperations.subtree(s, unitId);
            List<OrgUnit> tierUnits = s.organisation().units().stream()
                    .filter(u -> u.tier() == tier && !u.retired())
                    .filter(u -> subtree.isEmpty() || subtree.contains(u.id())).toList();
            LocalDate today = LocalDate.now(s.clock());
            String name = unit != null ? unit.name()
                    : s.organisation().enterprise().map(Enterprise::name).orElse("");
            Map<String, CatalogEntry> categories = new LinkedHashMap<>();
            s.catalogs().list(CatalogEntry.HAZARD_CATEGORY).forEach(c -> categories.put(c.code(), c));
            return new Scope(name, subtree, tierUnits,
                    s.hazards().foundAtTier(subtree, tier, RoundOperations.sourceOf(tier), from, to, today),
                    s.hazards().handledAtTier(subtree, tier, from, to, today), categories);
        });
        List<RoundRow> held = rounds.rounds(null, from, to).stream()
                .filter(r -> r.tier() == tier && (scope.subtree().isEmpty() || scope.subtree().contains(r.unitId())))
                .sorted(Comparator.comparing(RoundRow::heldOn).thenComparing(RoundRow::unitName)
                        .thenComparing(r -> r.id().toString()))
                .toList();
        // Each period belongs to the archive that holds its last day, so a week across two months is
        // counted once, and a missed half-month appears once.
        List<ComplianceEntry> periods = new ArrayList<>();
        for (OrgUnit u : scope.tierUnits()) {
            rounds.compliance(u.id(), from, to).stream()
                    .filter(e -> endsWithin(e.period(), from, to))
                    .forEach(periods::add);
        }
        List<ComplianceEntry> missed = periods.stream().filter(e -> e.state() == ComplianceState.MISSED)
                .sorted(Comparator.comparing((ComplianceEntry e) -> e.period().to()).thenComparing(e -> e.unitName()))
                .toList();
        return new TierArchive(tier, unitId, scope.unitName(), from, to, scope.found(), scope.handled(), held,
                missed, ComplianceSummary.of(periods), scope.categories());
    }

    private static boolean endsWithin(RoundPeriod p, LocalDate from, LocalDate to) {
        return !p.to().isBefore(from) && !p.to().isAfter(to);
    }

    /** What the hazard transaction found out. */
    private record Scope(String unitName, Set<UUID> subtree, List<OrgUnit> tierUnits, List<HazardRow> found,
                         List<HazardRow> handled, Map<String, CatalogEntry> categories) {
    }
}
