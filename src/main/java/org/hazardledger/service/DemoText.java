package org.hazardledger.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hazardledger.model.Rectification;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the placeholders of one hazard's texts. A placeholder keeps its first value for the whole
 * hazard, so that place, description and measures name the same vessel.
 */
final class DemoText {


    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** Placeholders that are numbers, and their range. */
    private static final Map<String, Range> NUMBERS = Map.of("n", new Range(1, 8), "y", new Range(3, 8),
            "k", new Range(2, 5));
    private static final int MAX_DEPTH = 4;

    private final Map<String, List<DemoSeeds.SlotValue>> slots;
    private final Random rng;
    private final String kind;
    private final Map<String, String> chosen = new HashMap<>();

    DemoText(Map<String, List<DemoSeeds.SlotValue>> slots, Random rng, String workshopKind) {
        this.slots = slots;
        this.rng = rng;
        this.kind = workshopKind;
    }

    String fill(String pattern) {
        return fill(pattern, 0);
    }

    private String fill(String pattern, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("placeholders nested too deep: " + pattern);
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), depth)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String slot, int depth) {
        String known = chosen.get(slot);
        if (known != null) {
            return known;
        }
        String v;
        Range range = NUMBERS.get(slot);
        if (range != null) {
            v = Integer.toString(DemoPick.between(rng, range.low(), range.high()));
        } else {
            List<DemoSeeds.SlotValue> fitting = slots.getOrDefault(slot, List.of()).stream()
                    .filter(s -> s.fits(kind)).toList();
            if (fitting.isEmpty()) {
                throw new IllegalStateException("seeds/demo/slots.csv has no value for {" + slot + "} in " + kind);
            }
            v = fill(DemoPick.one(rng, fitting).value(), depth + 1);
        }
        chosen.put(slot, v);
        return v;
    }

    private record Range(int low, int high) {
    }

    /** A plan (measures with a timetable) for the hazards that need one. */
    static String planFor(Rectification r, DemoSeeds seeds) {
        return r.measures() + "\n" + seeds.phrase("plan_timetable") + r.deadline();
    }

    /** What the rectifier reports as done. */
    static String evidenceFor(Rectification r, DemoSeeds seeds) {
        return seeds.phrase("evidence_done") + r.measures();
    }
}
