package org.hazardledger.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.hazardledger.service.Messages;

/**
 * The menu bar. Its items carry the keyboard shortcuts (Ctrl+N, Ctrl+F, Ctrl+P, F5, Ctrl+1…6, Ctrl+R for the quick round entry,
 * Ctrl+Shift+R for the reminders, Ctrl+I for the Excel import,
 * Ctrl+Shift+L to sign out),
 * so every command can be reached without the mouse, and the menus have Alt mnemonics.
 */
final class MainMenu {

    /** What the menu's items do. */
    record Commands(Runnable register, Runnable search, Runnable print, Runnable refresh, Runnable signOut,
                    Runnable exit, Runnable about, Runnable quickRound, Runnable reminders,
                    Runnable importSheet, Runnable downloadTemplate) {

        /** Without the sheet commands (S07), for callers that do not offer them. */
        Commands(Runnable register, Runnable search, Runnable print, Runnable refresh, Runnable signOut,
                 Runnable exit, Runnable about, Runnable quickRound, Runnable reminders) {
            this(register, search, print, refresh, signOut, exit, about, quickRound, reminders, () -> { },
                    () -> { });
        }
    }

    private MainMenu() {
    }

    /** {@code ready}: someone is signed in; {@code admin}: the accounts page is offered. */
    static MenuBar build(Messages m, Commands c, BooleanExpression ledgerActive, ObjectProperty<Page> page,
                         BooleanExpression ready, ObservableBooleanValue admin) {
        return build(m, c, ledgerActive, page, ready, admin, new javafx.beans.property.SimpleBooleanProperty(false));
    }

    /**
     * {@code mayImport}: the signed-in account may import sheets (导入 Excel 台账…, Ctrl+I); the import
     * template (下载导入模板…) is offered to anyone signed in.
     */
    static MenuBar build(Messages m, Commands c, BooleanExpression ledgerActive, ObjectProperty<Page> page,
                         BooleanExpression ready, ObservableBooleanValue admin, ObservableBooleanValue mayImport) {
        MenuItem register = item("menu-register", m.get("menu.register"), "Shortcut+N", c.register());
        MenuItem search = item("menu-search", m.get("menu.search"), "Shortcut+F", c.search());
        MenuItem print = item("menu-print", m.get("menu.print"), "Shortcut+P", c.print());
        MenuItem refresh = item("menu-refresh", m.get("menu.refresh"), "F5", c.refresh());
        for (MenuItem ledgerOnly : new MenuItem[] {register, search, print, refresh}) {
            ledgerOnly.disableProperty().bind(ledgerActive.not());
        }
        MenuItem signOut = item("menu-sign-out", m.get("menu.signOut"), "Shortcut+Shift+L", c.signOut());
        signOut.disableProperty().bind(ready.not());
        MenuItem exit = item("menu-exit", m.get("menu.exit"), null, c.exit());
        MenuItem quickRound = item("menu-quick-round", m.get("menu.quickRound"), "Shortcut+R", c.quickRound());
        quickRound.disableProperty().bind(ready.not());
        MenuItem reminders = item("menu-reminders", m.get("menu.reminders"), "Shortcut+Shift+R", c.reminders());
        reminders.disableProperty().bind(ready.not());
        MenuItem importSheet = item("menu-import-sheet", m.get("sheetImport.menu"), "Shortcut+I", c.importSheet());
        importSheet.disableProperty().bind(ready.not().or(BooleanExpression.booleanExpression(mayImport).not()));
        MenuItem template = item("menu-import-template", m.get("sheetImport.menu.template"), null,
                c.downloadTemplate());
        template.disableProperty().bind(ready.not());
        Menu ledger = new Menu(m.get("menu.ledger"), null, register, search, print, refresh,
                new SeparatorMenuItem(), importSheet, template, new SeparatorMenuItem(), quickRound, reminders, new SeparatorMenuItem(), signOut, exit);
        ledger.setId("menu-ledger");

        Menu go = new Menu(m.get("menu.go"));
        go.setId("menu-go");
        for (Page p : Page.values()) {
            MenuItem i = item("menu-go-" + p.name().toLowerCase(java.util.Locale.ROOT), m.get(p.labelKey()), null,
                    () -> page.set(p));
            i.setAccelerator(NavigationBar.shortcut(p));
            i.disableProperty().bind(ready.not());
            if (p == Page.ACCOUNTS) {
                i.visibleProperty().bind(Bindings.createBooleanBinding(admin::get, admin));
            }
            go.getItems().add(i);
        }

        Menu help = new Menu(m.get("menu.help"), null,
                item("menu-about", m.get("menu.about"), null, c.about()));
        help.setId("menu-help");

        MenuBar bar = new MenuBar(ledger, go, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setMnemonicParsing(true);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }
}
