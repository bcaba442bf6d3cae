package org.hazardledger.ui.exchange;

import javafx.beans.property.ReadOnlyBooleanProperty;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogService;
import org.hazardledger.ui.TaskExecutor;

/**
 * What the sections of the 数据交换 page share: the exchange, the words, the background work, the
 * dialogs, whether this ledger is a federation's, and reading the keys or the log again after a
 * change.
 */
record ExchangeContext(Messages messages, TaskExecutor tasks, DialogService dialogs, ExchangeActions actions,
        ExchangeWords words, ExchangeWork work, ReadOnlyBooleanProperty federation, Runnable reloadKeys,
        Runnable reloadLog) {
}
