package org.hazardledger.model;

import java.util.Locale;
import java.util.Objects;

/**
 * An OpenPGP v4 key fingerprint: 40 hex digits. People compare it by phone before trusting a key,
 * so it is shown in ten groups of four ({@link #grouped()}).
 */
public record Fingerprint(String hex) {

    public Fingerprint {
        Objects.requireNonNull(hex, "hex");
        hex = hex.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{40}")) {
            throw new IllegalArgumentException("a fingerprint is 40 hex digits: " + hex);
        }
    }

    /** "730D C2A8 DFF5 291B CAEE 5907 E8F3 4CA4 DAC8 9583": the form read out by phone. */
    public String grouped() {
        StringBuilder out = new StringBuilder(49);
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(hex, i, i + 4);
        }
        return out.toString();
    }

    /** The last eight digits, as file names and short listings show a key. */
    public String shortId() {
        return hex.substring(32);
    }

    @Override
    public String toString() {
        return hex;
    }
}
