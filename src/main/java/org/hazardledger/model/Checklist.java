package org.hazardledger.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checklist a tier uses for its rounds (检查表), per industry or general ({@code industry} null).
 * Editing makes a new version; a round keeps the version it used.
 */
public record Checklist(String code, Tier tier, Industry industry, String name, int version,
                        List<ChecklistItem> items) {

    public static final int ITEMS_MIN = 1;
    public static final int ITEMS_MAX = 60;
    public static final int TEXT_MAX = 200;

    public Checklist {
        items = List.copyOf(items);
    }

    public Optional<ChecklistItem> item(String itemCode) {
        return items.stream().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    /** The same list as a new version. */
    public Checklist withVersion(int newVersion) {
        return new Checklist(code, tier, industry, name, newVersion, items);
    }

    /** What an edited checklist must satisfy before it is saved. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || code.isBlank()) {
            errors.add(FieldError.of("code", "validation.required"));
        }
        if (tier == null) {
            errors.add(FieldError.of("tier", "validation.required"));
        }
        if (name == null || name.isBlank()) {
            errors.add(FieldError.of("name", "validation.required"));
        }
        if (items.size() < ITEMS_MIN) {
            errors.add(FieldError.of("items", "validation.checklist.noItems"));
        } else if (items.size() > ITEMS_MAX) {
            errors.add(FieldError.of("items", "validation.checklist.tooMany", ITEMS_MAX));
        }
        Set<String> codes = new HashSet<>();
        for (ChecklistItem i : items) {
            if (i.code().isBlank() || !codes.add(i.code())) {
                errors.add(FieldError.of("items", "validation.checklist.itemCode", i.code()));
                break;
            }
            if (i.text().isBlank() || i.text().strip().length() > TEXT_MAX) {
                errors.add(FieldError.of("items", "validation.checklist.itemText", i.code()));
                break;
            }
        }
        return errors;
    }
}
