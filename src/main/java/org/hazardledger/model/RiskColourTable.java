package org.hazardledger.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The enterprise's mapping of LEC risk levels to the four risk colours (红橙黄蓝). Every level has
 * exactly one colour; a colour may serve several levels (the shipped table colours both the general
 * and the acceptable level blue).
 */
public record RiskColourTable(Map<Lec.Level, RiskColour> colours) {

    /** The shipped mapping: extreme red, high orange, notable yellow, general and acceptable blue. */
    public static final RiskColourTable DEFAULT = new RiskColourTable(Map.of(
            Lec.Level.EXTREME, RiskColour.RED, Lec.Level.HIGH, RiskColour.ORANGE,
            Lec.Level.NOTABLE, RiskColour.YELLOW, Lec.Level.GENERAL, RiskColour.BLUE,
            Lec.Level.ACCEPTABLE, RiskColour.BLUE));

    public RiskColourTable {
        EnumMap<Lec.Level, RiskColour> copy = new EnumMap<>(Lec.Level.class);
        colours.forEach((k, v) -> {
            if (k != null) {
                copy.put(k, v);
            }
        });
        colours = java.util.Collections.unmodifiableMap(copy);
    }

    /** The field of one level in the table editor. */
    public static String field(Lec.Level level) {
        return "colour." + level.name();
    }

    /** Every level must have a colour. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        for (Lec.Level level : Lec.Level.values()) {
            if (colours.get(level) == null) {
                errors.add(FieldError.of(field(level), "validation.riskColour.required"));
            }
        }
        return errors;
    }

    public RiskColour colourOf(Lec.Level level) {
        RiskColour c = colours.get(level);
        return c == null ? DEFAULT.colours().get(level) : c;
    }

    public RiskColour colourOf(Lec lec) {
        return colourOf(lec.level());
    }
}
