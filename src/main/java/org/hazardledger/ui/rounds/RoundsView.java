package org.hazardledger.ui.rounds;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.WorkbenchServices;

/** The 巡查 page: the rounds list, the compliance calendar and the tiered archive, one tab each. */
public final class RoundsView extends VBox {

    public static final String CSS = Styles.css("rounds/rounds.css");
    /** Opens the quick entry from anywhere in the window (the menu carries it). */
    public static final KeyCombination QUICK_ENTRY = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final RoundsViewModel vm;
    private final Messages m;
    private final TabPane tabs = new TabPane();
    private final Tab listTab;
    private final Tab calendarTab;

    public RoundsView(WorkbenchServices services) {
        this.vm = new RoundsViewModel(services);
        this.m = services.messages();
        setId("rounds-view");
        getStyleClass().add("rounds-view");
        Label title = new Label(m.get("nav.rounds"));
        title.getStyleClass().add(Styles.PAGE_TITLE);

        listTab = tab("rounds-tab-list", "rounds.tab.list", new RoundListPane(vm, this::quickEntry));
        calendarTab = tab("rounds-tab-calendar", "rounds.tab.calendar", new CalendarPane(vm.calendar()));
        tabs.setId("rounds-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab archiveTab = tab("rounds-tab-archive", "rounds.tab.archive", new ArchivePane(vm.archive()));
        tabs.getTabs().addAll(listTab, calendarTab, archiveTab);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        Label message = new Label();
        message.setId("rounds-message");
        message.getStyleClass().add(Styles.FORM_ERROR);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        getChildren().addAll(title, message, tabs);
    }

    private Tab tab(String id, String key, javafx.scene.Node content) {
        Tab t = new Tab(m.get(key), content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    /** Reads the organisation and the tabs; call on every visit. */
    public void start() {
        vm.start();
    }

    /** 巡查快速录入 over the window, once the organisation has been read. */
    public void quickEntry() {
        if (vm.readyProperty().get() && getScene() != null) {
            QuickRoundDialog.open(getScene().getWindow(), vm.newQuickEntry(), vm::recorded);
        }
    }

    /** Runs {@code action} once the organisation has been read (at once if it has). */
    public void whenReady(Runnable action) {
        if (vm.readyProperty().get()) {
            action.run();
            return;
        }
        vm.readyProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    vm.readyProperty().removeListener(this);
                    action.run();
                }
            }
        });
    }

    /** Shows the calendar tab (for a reminder about a round, say). */
    public void showCalendar() {
        tabs.getSelectionModel().select(calendarTab);
    }

    public void showList() {
        tabs.getSelectionModel().select(listTab);
    }

    public RoundsViewModel viewModel() {
        return vm;
    }
}
