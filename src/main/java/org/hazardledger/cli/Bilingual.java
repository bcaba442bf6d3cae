package org.hazardledger.cli;

import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.service.Messages;

/** The command line speaks to both audiences at once: each message in Chinese, then in English. */
final class Bilingual {

    private static final Messages ZH = Messages.forLanguage("zh");
    private static final Messages EN = Messages.forLanguage("en");

    private Bilingual() {
    }

    /** "中文 / English" on one line. */
    static String line(String key, Object... args) {
        return ZH.get(key, args) + " / " + EN.get(key, args);
    }

    /** A refusal: two lines, each with its language's "error" prefix. */
    static String error(DomainException e) {
        return ZH.get("cli.error", ZH.describe(e)) + System.lineSeparator() + EN.get("cli.error", EN.describe(e));
    }

    static String error(String key, Object... args) {
        return ZH.get("cli.error", ZH.get(key, args)) + System.lineSeparator()
                + EN.get("cli.error", EN.get(key, args));
    }

    static String field(FieldError f) {
        return "  " + f.field() + ": " + ZH.describe(f) + " / " + EN.describe(f);
    }
}
