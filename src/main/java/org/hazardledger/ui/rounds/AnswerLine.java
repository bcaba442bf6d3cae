package org.hazardledger.ui.rounds;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hazardledger.model.ChecklistItem;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.RoundItemResult;

/** One checklist item in the quick entry: its answer (none yet, OK, failed, not applicable) and a note. */
public final class AnswerLine {

    private final ChecklistItem item;
    private final int number;
    private final ObjectProperty<RoundAnswer> answer = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    public AnswerLine(int number, ChecklistItem item) {
        this.number = number;
        this.item = item;
    }

    public ChecklistItem item() {
        return item;
    }

    /** 1-based, as the list shows it. */
    public int number() {
        return number;
    }

    public ObjectProperty<RoundAnswer> answerProperty() {
        return answer;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** OK → failed → not applicable → OK: what the space bar does. */
    public void cycle() {
        RoundAnswer a = answer.get();
        answer.set(a == null || a == RoundAnswer.NOT_APPLICABLE ? RoundAnswer.OK
                : a == RoundAnswer.OK ? RoundAnswer.FAILED : RoundAnswer.NOT_APPLICABLE);
    }

    public boolean failed() {
        return answer.get() == RoundAnswer.FAILED;
    }

    RoundItemResult result() {
        String n = note.get() == null ? "" : note.get().strip();
        return new RoundItemResult(item.code(), item.text(), answer.get(), n.isEmpty() ? null : n);
    }
}
