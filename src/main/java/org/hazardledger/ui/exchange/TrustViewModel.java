package org.hazardledger.ui.exchange;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hazardledger.model.ExchangeKeyEntry;
import org.hazardledger.service.Messages;

/**
 * 确认信任: the other side's fingerprint in groups of four, and the fingerprint the user heard by
 * phone, typed back; the two must agree digit for digit (spaces and case do not count).
 */
public final class TrustViewModel {

    private final Messages messages;
    private final ExchangeKeyEntry key;
    private final StringProperty readBack = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public TrustViewModel(Messages messages, ExchangeKeyEntry key) {
        this.messages = messages;
        this.key = key;
        readBack.addListener((o, was, now) -> error.set(""));
    }

    /** True when the typed fingerprint is the key’s; otherwise the reason is shown at the field. */
    public boolean check() {
        String typed = normalise(readBack.get());
        if (typed.isEmpty()) {
            error.set(messages.get("exchange.trust.required"));
            return false;
        }
        if (!typed.equals(key.fingerprint().hex())) {
            error.set(messages.get("exchange.trust.mismatch"));
            return false;
        }
        error.set("");
        return true;
    }

    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    public ExchangeKeyEntry key() {
        return key;
    }

    /** "730D C2A8 …": as it is read out by phone. */
    public String fingerprint() {
        return key.fingerprint().grouped();
    }

    /** Who the key says it belongs to: "市总工会（总工会）". */
    public String owner() {
        return messages.get("exchange.key.owner", key.name(), messages.label(key.role()));
    }

    public StringProperty readBackProperty() {
        return readBack;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
