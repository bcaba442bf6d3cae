package org.hazardledger.service;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.MajorReason;

/** One hazard pattern of {@code seeds/demo/hazard-templates.csv}; its texts hold {@code {slot}} placeholders. */
record DemoTemplate(String code, String category, HazardForm form, Set<String> kinds, MajorReason majorReason,
                    List<String> postHints, String place, String description, String measures, String interim,
                    String acceptance) {

    static DemoTemplate of(CSVRecord r) {
        String major = r.get("major");
        MajorReason reason = switch (major) {
            case "" -> null;
            case "STOP" -> MajorReason.PRODUCTION_STOP_REQUIRED;
            case "OUTSIDE" -> MajorReason.OUTSIDE_FACTORS;
            default -> throw new IllegalStateException("template " + r.get("code") + ": major must be empty, STOP "
                    + "or OUTSIDE, not " + major);
        };
        List<String> hints = r.get("post_hint").isBlank() ? List.of()
                : Arrays.stream(r.get("post_hint").split("\\|")).map(String::strip).toList();
        return new DemoTemplate(r.get("code"), r.get("category"), HazardForm.valueOf(r.get("form")),
                DemoSeeds.split(r.get("kinds")), reason, hints, r.get("place"), r.get("description"),
                r.get("measures"), r.get("interim"), r.get("acceptance"));
    }

    boolean canBeMajor() {
        return majorReason != null;
    }

    boolean fits(String workshopKind) {
        return kinds.contains(DemoSeeds.ANY_KIND) || kinds.contains(workshopKind);
    }

    /** True when a post of this name is where the hazard usually turns up. */
    boolean hintedAt(String postName) {
        return postHints.stream().anyMatch(postName::contains);
    }
}
