package org.hazardledger.ui.federation;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.FederationNotice;
import org.hazardledger.model.NoticeKind;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.WorkbenchServices;

/** The enterprise's 上级通知 page: every notice received from the federation, newest first, and the chosen one's text. */
public final class ReceivedNoticesViewModel {

    private final WorkbenchServices services;
    private final Messages messages;
    private final ObservableList<FederationNotice> notices = FXCollections.observableArrayList();
    private final ObjectProperty<FederationNotice> selected = new SimpleObjectProperty<>();
    private final StringBinding detail;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ReceivedNoticesViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
        detail = Bindings.createStringBinding(() -> selected.get() == null ? "" : describe(selected.get()), selected);
    }

    public void load() {
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.exchange().federation().enterpriseNotices(),
                list -> {
                    busy.set(false);
                    notices.setAll(list);
                    message.set(list.isEmpty() ? messages.get("federation.received.none")
                            : messages.get("federation.received.count", list.size()));
                },
                failure -> {
                    busy.set(false);
                    message.set(Failures.describe(messages, failure));
                }));
    }

    /** The notice in full: kind, document number, hazard, date and issuer, result, then the text. */
    public String describe(FederationNotice n) {
        StringBuilder s = new StringBuilder();
        s.append(n.title()).append('\n');
        s.append(messages.get("federation.received.header", kindText(n),
                n.documentNo() == null ? "" : n.documentNo(), FederationViewModel.date(n.issuedOn()),
                n.issuedBy() == null ? "" : n.issuedBy())).append('\n');
        if (n.hazardNumber() != null) {
            s.append(messages.get("federation.received.hazard", n.hazardNumber())).append('\n');
        }
        if (n.kind() == NoticeKind.VERIFICATION && n.verified() != null) {
            s.append(verifiedText(n)).append('\n');
        }
        s.append('\n').append(n.body() == null ? "" : n.body());
        return s.toString();
    }

    public String kindText(FederationNotice n) {
        return n.kind() == null ? "" : messages.label(n.kind());
    }

    public String verifiedText(FederationNotice n) {
        if (n.verified() == null) {
            return "";
        }
        return messages.get(n.verified() ? "federation.verified.yes" : "federation.verified.no");
    }

    public ObservableList<FederationNotice> notices() {
        return notices;
    }

    public ObjectProperty<FederationNotice> selectedProperty() {
        return selected;
    }

    public StringBinding detailProperty() {
        return detail;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
