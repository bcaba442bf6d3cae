package org.hazardledger.ui;

import org.hazardledger.model.ConflictException;
import org.hazardledger.service.Messages;

/** The one question after a conflicting save: reload the other user's version, or keep the input. */
public final class ConflictReload {

    private ConflictReload() {
    }

    /** Says who changed what and asks; true when the user chose to reload. */
    public static boolean offer(DialogService dialogs, Messages messages, ConflictException conflict) {
        return dialogs.offerReload(messages.get("conflict.title"),
                messages.get("conflict.reload.question", messages.describe(conflict)),
                messages.get("conflict.reload"), messages.get("conflict.cancel"));
    }
}
