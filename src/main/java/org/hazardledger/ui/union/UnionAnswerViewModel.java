package org.hazardledger.ui.union;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.UnionAnswer;
import org.hazardledger.model.UnionRecord;
import org.hazardledger.model.UnionRecordRow;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.WorkbenchServices;

/** The answer form (企业书面答复) for one open union record. */
public final class UnionAnswerViewModel {

    public static final List<String> FIELDS = List.of(UnionAnswer.TEXT, UnionAnswer.ANSWERED_ON);

    private final WorkbenchServices services;
    private final Messages messages;
    private final UnionRecordRow row;
    private final StringProperty answer = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> answeredOn = new SimpleObjectProperty<>();
    private final FieldErrors errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<UnionRecord> answered = new ReadOnlyObjectWrapper<>();

    public UnionAnswerViewModel(WorkbenchServices services, UnionRecordRow row) {
        this.services = services;
        this.messages = services.messages();
        this.row = row;
        this.errors = new FieldErrors(messages, FIELDS);
        answeredOn.set(today());
        errors.clearOnEdit(answer, UnionAnswer.TEXT);
        errors.clearOnEdit(answeredOn, UnionAnswer.ANSWERED_ON);
    }

    /** What is being answered: "GH-2026-0007 整改建议（YH-…）：建议内容". */
    public String summary() {
        UnionRecord r = row.record();
        return messages.get("union.answer.summary", r.number(), messages.label(r.kind()),
                String.join("、", row.hazardNumbers()), r.deliveredOn(), r.recommendation());
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        UnionAnswer reply = new UnionAnswer(answer.get(), answeredOn.get());
        List<FieldError> problems = reply.validate(today(), row.record().deliveredOn());
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        busy.set(true);
        UnionRecord r = row.record();
        services.tasks().execute(BackgroundTask.of(
                () -> services.union().answer(r.id(), r.revision(), reply),
                record -> {
                    busy.set(false);
                    answered.set(record);
                },
                failure -> {
                    busy.set(false);
                    errors.show(failure);
                }));
    }

    private LocalDate today() {
        return LedgerDay.china().today(services.clock());
    }

    public StringProperty answerProperty() {
        return answer;
    }

    public ObjectProperty<LocalDate> answeredOnProperty() {
        return answeredOn;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.field(field);
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return errors.form();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UnionRecord> answeredProperty() {
        return answered.getReadOnlyProperty();
    }
}
