package org.hazardledger.ui.exchange;

import org.hazardledger.model.ExchangeKeyEntry;

/** A key as the tables and the recipient picker show it. */
public record KeyRow(ExchangeKeyEntry entry, String name, String role, String fingerprint, String trust,
        String retired) {
    @Override
    public String toString() {
        return name + " · " + role + " · " + entry.fingerprint().shortId();
    }
}
