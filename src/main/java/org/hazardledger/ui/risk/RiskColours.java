package org.hazardledger.ui.risk;

import javafx.scene.control.Label;
import org.hazardledger.model.RiskColour;
import org.hazardledger.service.Messages;

/** The colour chip of a risk level: the colour's name on the colour, never the colour alone. */
public final class RiskColours {

    public static final String CHIP = "risk-chip";

    private RiskColours() {
    }

    /** The style class of one colour, e.g. "risk-red". */
    public static String styleClass(RiskColour c) {
        return switch (c) {
            case RED -> "risk-red";
            case ORANGE -> "risk-orange";
            case YELLOW -> "risk-yellow";
            case BLUE -> "risk-blue";
        };
    }

    /** Shows {@code colour} (or nothing) on {@code chip}. */
    public static void paint(Label chip, RiskColour colour, Messages m) {
        chip.getStyleClass().removeAll("risk-red", "risk-orange", "risk-yellow", "risk-blue");
        if (!chip.getStyleClass().contains(CHIP)) {
            chip.getStyleClass().add(CHIP);
        }
        if (colour == null) {
            chip.setText("—");
            return;
        }
        chip.setText(m.label(colour));
        chip.getStyleClass().add(styleClass(colour));
    }
}
