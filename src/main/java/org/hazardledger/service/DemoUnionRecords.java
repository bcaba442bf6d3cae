package org.hazardledger.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.hazardledger.model.Grade;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.UnionAnswer;
import org.hazardledger.model.UnionRecord;
import org.hazardledger.model.UnionRecordDraft;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.store.StoreSession;

/**
 * The union's voice in the demo: written proposals on hazards left lying (most answered within the
 * reply clock, some late, some still open), and recommendations to stop production or evacuate on
 * major hazards — answered at once, except one recent one that stays red.
 */
final class DemoUnionRecords {

    private static final int PROPOSALS = 30;

    private DemoUnionRecords() {
    }

    static void issue(StoreSession s, DemoActors actors, DemoSeeds seeds, List<Hazard> hazards, Random rng,
                      LocalDate today) {
        List<Hazard> lying = hazards.stream().filter(h -> h.isOverdue(today) || h.handling().reopenCount() > 0)
                .toList();
        for (int i = 0; i < PROPOSALS && !lying.isEmpty(); i++) {
            Hazard h = lying.get(rng.nextInt(lying.size()));
            LocalDate issued = h.rectification().deadline().plusDays(DemoPick.between(rng, 1, 20));
            if (issued.isAfter(today)) {
                continue;
            }
            UnionRecord r = UnionOperations.issue(s, actors.unionFor(s, h), new UnionRecordDraft(
                    UnionRecordKind.PROPOSAL, List.of(h.number().toString()), issued, issued,
                    seeds.phrase("union_findings_proposal"), seeds.phrase("union_recommendation_proposal")));
            LocalDate answered = issued.plusDays(DemoPick.weighted(rng, List.of(0, 1, 2), 60, 25, 15) == 2
                    ? DemoPick.between(rng, 25, 40) : DemoPick.between(rng, 3, 18));
            if (!answered.isAfter(today) && DemoPick.chance(rng, 0.8)) {
                UnionOperations.answer(s, actors.clerk(), r.id(), r.revision(),
                        new UnionAnswer(seeds.phrase("union_answer_proposal"), answered));
            }
        }
        List<Hazard> majors = hazards.stream().filter(h -> h.grading().grade() == Grade.MAJOR && h.status().isOpen())
                .toList();
        if (majors.size() < 3) {
            return;
        }
        urgent(s, actors, seeds, majors.get(0), UnionRecordKind.STOP_PRODUCTION, true);
        urgent(s, actors, seeds, majors.get(1), UnionRecordKind.EVACUATION, true);
        urgent(s, actors, seeds, majors.get(majors.size() - 1), UnionRecordKind.STOP_PRODUCTION, false);
    }

    private static void urgent(StoreSession s, DemoActors actors, DemoSeeds seeds, Hazard h, UnionRecordKind kind,
                               boolean answered) {
        boolean stop = kind == UnionRecordKind.STOP_PRODUCTION;
        LocalDate on = h.registration().foundOn();
        UnionRecord r = UnionOperations.issue(s, actors.enterpriseUnion(), new UnionRecordDraft(kind,
                List.of(h.number().toString()), on, on,
                seeds.phrase(stop ? "union_findings_stop" : "union_findings_evacuate"),
                seeds.phrase(stop ? "union_recommendation_stop" : "union_recommendation_evacuate")));
        if (answered) {
            UnionOperations.answer(s, actors.principal(), r.id(), r.revision(),
                    new UnionAnswer(seeds.phrase("union_answer_urgent"), on));
        }
    }
}
