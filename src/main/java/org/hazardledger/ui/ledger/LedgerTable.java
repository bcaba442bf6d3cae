package org.hazardledger.ui.ledger;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.Labelled;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;

/**
 * The ledger table. Its items are the whole result as a window ({@link LedgerViewModel#rows()}):
 * the scroll bar spans every row, End reaches the oldest hazard, and only the pages around the rows
 * in view are held. Order is the ledger's (newest first) and comes from the database, so columns do
 * not sort locally. Selection goes by index: selecting by item would look through every row.
 */
final class LedgerTable extends TableView<HazardRow> {

    static final String BADGE_OVERDUE = "badge-overdue";
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    /** The table itself set the view model's selection: nothing to select back. */
    private boolean fromTable;

    LedgerTable(LedgerViewModel vm) {
        super(vm.rows());
        Messages m = vm.messages();
        setId("ledger-table");
        getStyleClass().add("ledger-table");
        setAccessibleText(m.get("nav.ledger"));
        setPlaceholder(new Label(m.get("ledger.empty")));
        // All columns in view on a 1280-pixel screen, as in a spreadsheet printed to fit; the
        // minimum widths keep numbers and dates whole, the rest share what is left.
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        getColumns().add(column("column.number", m, 112, 130, HazardRow::number));
        getColumns().add(column("column.foundOn", m, 84, 92, r -> date(r.foundOn())));
        getColumns().add(column("column.unit", m, 72, 120, HazardRow::unitName));
        getColumns().add(column("column.place", m, 90, 160, HazardRow::place));
        getColumns().add(column("column.category", m, 76, 110, r -> vm.categoryName(r.categoryCode())));
        getColumns().add(column("column.grade", m, 62, 72, r -> label(m, r.grade())));
        getColumns().add(column("column.status", m, 56, 72, r -> label(m, r.status())));
        getColumns().add(column("column.tier", m, 60, 72, r -> shortTier(m, r.rectifyingTier())));
        getColumns().add(column("column.responsible", m, 52, 70, HazardRow::responsibleName));
        getColumns().add(column("column.deadline", m, 84, 92, r -> date(r.deadline())));
        getColumns().add(overdueColumn(m));
        getColumns().add(column("column.safeguards", m, 80, 120, r -> vm.safeguardsText(r.id())));

        setRowFactory(t -> new LedgerRow(vm));
        // A new query replaces the rows: start at the top.
        vm.rows().addListener((ListChangeListener<HazardRow>) c -> {
            while (c.next()) {
                if (c.wasRemoved()) {
                    scrollTo(0);
                    return;
                }
            }
        });
        // A page arrived: redraw the rows in view, and hand a selected row that was a placeholder
        // (End pressed before its page was read) to the view model now that it is read.
        vm.arrivalsProperty().addListener((o, was, now) -> {
            refresh();
            int at = getSelectionModel().getSelectedIndex();
            if (at >= 0 && at < vm.rows().size()) {
                HazardRow row = vm.rows().get(at);
                if (!LedgerViewModel.isPlaceholder(row) && !row.equals(vm.selectedProperty().get())) {
                    vm.selectedProperty().set(row);
                }
            }
        });

        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != vm.selectedProperty().get()) {
                // A row not read yet selects nothing until its page arrives (above).
                fromTable = true;
                vm.selectedProperty().set(LedgerViewModel.isPlaceholder(now) ? null : now);
                fromTable = false;
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (fromTable) {
                return;
            }
            if (now == null) {
                getSelectionModel().clearSelection();
            } else if (getSelectionModel().getSelectedItem() != now) {
                int at = vm.indexOf(now);
                if (at >= 0) {
                    getSelectionModel().clearAndSelect(at);
                    scrollTo(at);
                }
            }
        });
    }

    private static TableColumn<HazardRow, String> column(String key, Messages m, double minWidth, double width,
                                                         Function<HazardRow, String> value) {
        TableColumn<HazardRow, String> c = new TableColumn<>(m.get(key));
        c.setId(key.replace('.', '-'));
        c.setMinWidth(minWidth);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                LedgerViewModel.isPlaceholder(cell.getValue()) ? "" : value.apply(cell.getValue())));
        return c;
    }

    private static TableColumn<HazardRow, Boolean> overdueColumn(Messages m) {
        TableColumn<HazardRow, Boolean> c = new TableColumn<>(m.get("column.overdue"));
        c.setId("column-overdue");
        c.setMinWidth(48);
        c.setPrefWidth(56);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().overdue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Label badge = new Label(m.get("overdue.yes"));

            {
                badge.getStyleClass().add(BADGE_OVERDUE);
            }

            @Override
            protected void updateItem(Boolean overdue, boolean empty) {
                super.updateItem(overdue, empty);
                setGraphic(!empty && Boolean.TRUE.equals(overdue) ? badge : null);
            }
        });
        return c;
    }

    private static String label(Messages m, Labelled value) {
        return m.label(value);
    }

    /** "车间" rather than "车间（区、队）": the column is narrow and the detail pane has the full name. */
    private static String shortTier(Messages m, Tier tier) {
        if (tier == null) {
            return "";
        }
        return m.get(switch (tier) {
            case POST -> "tier.short.POST";
            case TEAM -> "tier.short.TEAM";
            case WORKSHOP -> "tier.short.WORKSHOP";
            case PLANT -> "tier.short.PLANT";
        });
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** Marks overdue rows and asks for the page of each row that comes into view. */
    private static final class LedgerRow extends TableRow<HazardRow> {
        private final LedgerViewModel vm;

        LedgerRow(LedgerViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(HazardRow row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(OVERDUE, !empty && row != null && row.overdue());
            if (!empty && row != null) {
                int index = getIndex();
                // Not during layout: the page arriving redraws the table's cells.
                Platform.runLater(() -> vm.rowShown(index));
            }
        }
    }
}
