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
 * The ledger table. Order is the ledger's (newest first) and comes from the database page by
 * page, so columns do not sort locally: a local sort would only sort the rows loaded so far.
 */
final class LedgerTable extends TableView<HazardRow> {

    static final String BADGE_OVERDUE = "badge-overdue";
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

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
        // A new query replaces the rows: start at the top, or the rows showing at the old scroll
        // position (near the end of what was loaded) would fetch the next page straight away.
        vm.rows().addListener((ListChangeListener<HazardRow>) c -> {
            while (c.next()) {
                if (c.wasRemoved()) {
                    scrollTo(0);
                    return;
                }
            }
        });

        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                getSelectionModel().clearSelection();
            } else if (getSelectionModel().getSelectedItem() != now) {
                getSelectionModel().select(now);
                scrollTo(now);
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
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
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

    /** Marks overdue rows and asks for the next page when the rows near the end come into view. */
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
                // Not during layout: adding rows while the table lays itself out confuses its cells.
                Platform.runLater(() -> vm.rowShown(index));
            }
        }
    }
}
