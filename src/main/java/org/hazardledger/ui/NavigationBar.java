package org.hazardledger.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.hazardledger.service.Messages;

/** The column of page buttons on the left (台账 / 工会监督 / 排查 / 统计 / 交换 / 组织机构 / 设置, and 账户 for an administrator). */
final class NavigationBar extends VBox {

    /** {@code ready}: someone is signed in; {@code admin}: the accounts page is offered. */
    NavigationBar(Messages messages, ObjectProperty<Page> page, ObservableBooleanValue ready,
                  ObservableBooleanValue admin) {
        setId("navigation");
        disableProperty().bind(Bindings.not(ready));
        getStyleClass().add("navigation");
        ToggleGroup group = new ToggleGroup();
        for (Page p : Page.values()) {
            ToggleButton b = new ToggleButton(messages.get(p.labelKey()));
            b.setId(p.id());
            b.setUserData(p);
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAccessibleText(messages.get(p.labelKey()));
            if (p.ordinal() < 10) {
                b.setAccessibleHelp(messages.get("nav.shortcut", String.valueOf(digit(p))));
            }
            b.getStyleClass().add("nav-button");
            if (p == Page.ACCOUNTS) {
                b.visibleProperty().bind(Bindings.createBooleanBinding(admin::get, admin));
                b.managedProperty().bind(b.visibleProperty());
            }
            getChildren().add(b);
            if (p == page.get()) {
                b.setSelected(true);
            }
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // A page is always shown: clicking the current button again must not leave none.
                was.setSelected(true);
            } else {
                page.set((Page) now.getUserData());
            }
        });
        page.addListener((o, was, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
    }

    /** Ctrl+1 … Ctrl+9 and Ctrl+0 (the tenth) jump to the pages in order; later pages have none (null). */
    static KeyCombination shortcut(Page p) {
        if (p.ordinal() >= 10) {
            return null;
        }
        return KeyCombination.keyCombination("Shortcut+" + digit(p));
    }

    private static int digit(Page p) {
        return (p.ordinal() + 1) % 10;
    }
}
