package org.hazardledger.ui.exchange;

import java.util.Arrays;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hazardledger.service.Messages;

/**
 * The passphrase dialog: a new passphrase (typed twice, at least {@link #MIN_LENGTH} characters) for
 * a new key, or the current one (typed once) to unlock it. The characters stay in arrays the caller
 * wipes; nothing here keeps or logs them.
 */
public final class PassphraseViewModel {

    /** The shortest passphrase a new key accepts. */
    public static final int MIN_LENGTH = 8;

    private final Messages messages;
    private final boolean repeat;
    private final String title;
    private final String help;
    private final ReadOnlyStringWrapper firstError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper secondError = new ReadOnlyStringWrapper("");

    private PassphraseViewModel(Messages messages, boolean repeat, String title, String help) {
        this.messages = messages;
        this.repeat = repeat;
        this.title = title;
        this.help = help;
    }

    /** For 生成密钥 and the new key of a rotation: typed twice. */
    public static PassphraseViewModel forNewKey(Messages messages) {
        return new PassphraseViewModel(messages, true, messages.get("exchange.passphrase.new.title"),
                messages.get("exchange.passphrase.new.help", MIN_LENGTH));
    }

    /** For unlocking the current key (更换密钥): typed once. */
    public static PassphraseViewModel forRotation(Messages messages) {
        return new PassphraseViewModel(messages, false, messages.get("exchange.passphrase.rotate.title"),
                messages.get("exchange.passphrase.rotate.help"));
    }

    /**
     * Whether the typed passphrase may be used; otherwise the reason is shown at its field. The
     * arrays are left as they are: the caller wipes them.
     */
    public boolean check(char[] first, char[] second) {
        firstError.set("");
        secondError.set("");
        if (first == null || first.length == 0) {
            firstError.set(messages.get("exchange.passphrase.required"));
            return false;
        }
        if (!repeat) {
            return true;
        }
        if (first.length < MIN_LENGTH) {
            firstError.set(messages.get("exchange.passphrase.tooShort", MIN_LENGTH));
            return false;
        }
        if (second == null || !Arrays.equals(first, second)) {
            secondError.set(messages.get("exchange.passphrase.mismatch"));
            return false;
        }
        return true;
    }

    /** Whether the passphrase is asked twice. */
    public boolean repeat() {
        return repeat;
    }

    public String title() {
        return title;
    }

    public String help() {
        return help;
    }

    public ReadOnlyStringProperty firstErrorProperty() {
        return firstError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty secondErrorProperty() {
        return secondError.getReadOnlyProperty();
    }
}
