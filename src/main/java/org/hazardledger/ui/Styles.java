package org.hazardledger.ui;

import java.net.URL;

/** Stylesheet locations and the style-class names shared by several screens. */
public final class Styles {

    /** Colour tokens and the default font: every scene and dialog starts from this. */
    public static final String THEME = css("theme.css");
    public static final String SHELL = css("shell.css");
    public static final String FORM = css("form.css");

    public static final String PAGE_TITLE = "page-title";
    public static final String MUTED = "muted";
    public static final String FIELD_ERROR = "field-error";
    public static final String FORM_ERROR = "form-error";
    public static final String PRIMARY = "primary";
    public static final String TOOLBAR = "hl-toolbar";

    private Styles() {
    }

    /** The external form of a stylesheet under {@code /org/hazardledger/ui/}. */
    public static String css(String relative) {
        URL url = Styles.class.getResource("/org/hazardledger/ui/" + relative);
        if (url == null) {
            throw new IllegalStateException("stylesheet missing from the build: " + relative);
        }
        return url.toExternalForm();
    }
}
