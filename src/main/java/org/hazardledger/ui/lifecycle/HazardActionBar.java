package org.hazardledger.ui.lifecycle;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;

import org.hazardledger.model.HazardAction;
import org.hazardledger.ui.Styles;

/**
 * The buttons of the selected hazard's actions. A refused action stays visible but disabled, with
 * its reason as tooltip: a disabled button shows no tooltip, so each button sits in a label that
 * carries it (id {@code action-<ACTION>-holder}).
 */
public final class HazardActionBar extends FlowPane {

    private final HazardActionsViewModel vm;
    private final ActionStarter starter;

    /** Opens the form of an action (the view supplies the window). */
    public interface ActionStarter {
        void start(HazardAction action);
    }

    public HazardActionBar(HazardActionsViewModel vm, ActionStarter starter) {
        super(6, 6);
        this.vm = vm;
        this.starter = starter;
        setId("detail-actions");
        getStyleClass().add("detail-actions");
        vm.offers().addListener((ListChangeListener<ActionOffer>) c -> rebuild());
    }

    private void rebuild() {
        getChildren().clear();
        for (ActionOffer offer : vm.offers()) {
            Button b = new Button(offer.label());
            String id = "action-" + offer.action().name();
            b.setId(id);
            b.setAccessibleText(offer.label());
            b.setDisable(!offer.allowed());
            if (offer.allowed()) {
                b.getStyleClass().add(Styles.PRIMARY);
                b.setOnAction(e -> starter.start(offer.action()));
            } else {
                b.setAccessibleHelp(offer.reason());
            }
            Label holder = new Label(null, b);
            holder.setId(id + "-holder");
            holder.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            if (!offer.allowed()) {
                Tooltip why = new Tooltip(offer.reason());
                why.setWrapText(true);
                why.setMaxWidth(360);
                why.setShowDelay(Duration.millis(200));
                holder.setTooltip(why);
            }
            getChildren().add(holder);
        }
    }
}
