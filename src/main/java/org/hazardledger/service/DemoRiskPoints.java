package org.hazardledger.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
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

    /** The points of each workshop kind, in file order (seeds/demo/risk-points.csv). */
    private static Map<String, List<Template>> templatesByKind() {
        Map<String, List<Template>> byKind = new HashMap<>();
        for (CSVRecord r : SeedFiles.read("demo/risk-points.csv")) {
            byKind.computeIfAbsent(r.get("workshop_kind"), k -> new ArrayList<>()).add(new Template(r.get("name"),
                    r.get("location"), r.get("factors"), r.get("l"), r.get("e"), r.get("c"), r.get("measures"),
                    r.get("keyword")));
        }
        return byKind;
    }

    private DemoRiskPoints() {
    }

    /** Writes the points and links hazards to them; returns how many points were made. */
    static int create(StoreSession s, Actor actor, DemoOrganisation org, DemoPeople people, List<Hazard> hazards,
                      Random rng) {
        RiskColourTable colours = s.riskRegister().colourTable();
        Map<String, List<Template>> byKind = templatesByKind();
        Map<UUID, List<Template>> templates = new HashMap<>();
        Map<UUID, List<RiskPoint>> points = new HashMap<>();
        int made = 0;
        for (OrgUnit workshop : org.all(Tier.WORKSHOP)) {
            List<Template> kind = byKind.getOrDefault(org.kind(workshop), List.of());
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
