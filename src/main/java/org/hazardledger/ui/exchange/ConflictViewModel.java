package org.hazardledger.ui.exchange;

import org.hazardledger.model.RecordConflict;
import org.hazardledger.service.Messages;

/** One open conflict: the stored and the incoming content side by side, pretty-printed. */
public final class ConflictViewModel {

    private final Messages messages;
    private final RecordConflict conflict;

    public ConflictViewModel(Messages messages, RecordConflict conflict) {
        this.messages = messages;
        this.conflict = conflict;
    }

    public RecordConflict conflict() {
        return conflict;
    }

    public String summary() {
        return messages.get("exchange.conflict.summary", ExchangeWords.recordType(messages, conflict.type()),
                String.valueOf(conflict.recordId()), conflict.revision());
    }

    public String kept() {
        return PrettyJson.format(conflict.keptPayload());
    }

    public String incoming() {
        return PrettyJson.format(conflict.incomingPayload());
    }
}
