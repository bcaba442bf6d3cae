package org.hazardledger.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.hazardledger.model.ConflictException;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Labelled;

/**
 * The product's words in one language, from {@code i18n/messages}: Chinese by default, English
 * as the second locale.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "zh" (default) or "en". */
    public static Messages forLanguage(String language) {
        return new Messages("en".equalsIgnoreCase(language) ? ENGLISH : CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}, with {@code args} filled in; an arg that is itself a key is translated. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof String s && bundle.containsKey(s) ? bundle.getString(s) : args[i];
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    public String label(Labelled value) {
        return value == null ? "" : get(value.labelKey());
    }

    public String describe(DomainException e) {
        String text = get(e.messageKey(), e.args().toArray());
        if (e instanceof ConflictException c && !c.lastChangeInMessage() && c.lastChange().isPresent()) {
            ConflictException.LastChange last = c.lastChange().get();
            return text + " " + get("conflict.lastChange", last.actor(), Conflicts.WHEN.format(last.at()));
        }
        return text;
    }

    public String describe(FieldError e) {
        return get(e.messageKey(), e.args().toArray());
    }
}
