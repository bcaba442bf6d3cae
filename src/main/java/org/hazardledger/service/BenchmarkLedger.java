package org.hazardledger.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.Industry;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Registration;
import org.hazardledger.model.Role;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.model.Tier;

/**
 * A throw-away ledger for the benchmarks: one workshop that found {@code hazards} hazards spread over
 * a period and held a weekly round in every other week (so the archive has rounds held and missed).
 * Everything goes through the ordinary operations, in one transaction, so the data is what a real
 * ledger holds, audit chain included.
 */
final class BenchmarkLedger {

    /** The names and texts (seeds/demo/benchmark.csv); some descriptions wrap in the archive's column. */
    private record Texts(Map<String, String> names, List<String> descriptions, String place) {

        static Texts read() {
            Map<String, String> names = new HashMap<>();
            List<String> descriptions = new ArrayList<>();
            for (CSVRecord r : SeedFiles.read("demo/benchmark.csv")) {
                if ("description".equals(r.get("kind"))) {
                    descriptions.add(r.get("text"));
                } else {
                    names.put(r.get("kind"), r.get("text"));
                }
            }
            return new Texts(names, descriptions, names.get("place"));
        }
    }

    /** The code of the workshop whose archive the benchmark prints. */
    static final String WORKSHOP_CODE = "B1-W1";

    private BenchmarkLedger() {
    }

    static OrgUnit load(org.hazardledger.store.StoreSession s, Actor actor, int hazards, LocalDate from,
                        LocalDate to, Progress progress) {
        Texts texts = Texts.read();
        ReferenceData.load(s);
        String name = texts.names().get("enterprise");
        s.organisation().insertEnterprise(new Enterprise(s.newId(), name, name, Industry.CHEMICALS, null));
        OrgUnit plant = OrganisationOperations.addUnit(s, actor, null, Tier.PLANT, "B1", texts.names().get("plant"));
        OrgUnit workshop = OrganisationOperations.addUnit(s, actor, plant.id(), Tier.WORKSHOP, WORKSHOP_CODE,
                texts.names().get("workshop"));
        Person director = OrganisationOperations.addPerson(s, actor, workshop.id(), "B0001",
                texts.names().get("director"), Role.WORKSHOP_DIRECTOR);
        List<String> categories = s.catalogs().list(CatalogEntry.HAZARD_CATEGORY).stream()
                .map(CatalogEntry::code).toList();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        for (int i = 0; i < hazards; i++) {
            progress.checkCancelled();
            LocalDate foundOn = from.plusDays(i * days / Math.max(1, hazards));
            String text = texts.descriptions().get(i % texts.descriptions().size());
            HazardOperations.register(s, actor, new HazardDraft(
                    new Registration(workshop.id(), texts.place() + (i % 40 + 1), foundOn, director.id(),
                            false, HazardSource.WORKSHOP_CHECK, categories.get(i % categories.size()),
                            HazardForm.UNSAFE_STATE, text),
                    new Grading(Grade.GENERAL, "B", null, null, Tier.WORKSHOP)));
            if (i % 500 == 0) {
                progress.update(i, hazards);
            }
        }
        Checklist checklist = RoundOperations.checklistFor(s, workshop.id());
        LocalDate monday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (int week = 0; !monday.plusWeeks(week).isAfter(to); week += 2) {
            RoundOperations.record(s, actor,
                    RoundDraft.allOk(workshop.id(), monday.plusWeeks(week), List.of(director.id()), checklist));
        }
        progress.update(hazards, hazards);
        return workshop;
    }
}
