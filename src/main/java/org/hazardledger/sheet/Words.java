package org.hazardledger.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word lists the importer recognises, read from UTF-8 resource files under {@code sheet/}
 * ({@code header-synonyms.csv}, {@code value-synonyms.csv}), and the one way words are compared:
 * {@link #normalise} (NFKC, so full-width letters, digits and brackets become plain ones; no
 * whitespace, no {@code *} marks; lower case).
 */
final class Words {

    private Words() {
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '*' || c == '\u3000') {
                continue;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The text without a trailing bracketed part: "整改资金(元)" gives "整改资金". */
    static String withoutBrackets(String normalised) {
        String s = normalised;
        while (s.endsWith(")") && s.indexOf('(') > 0) {
            s = s.substring(0, s.lastIndexOf('(')).strip();
        }
        return s;
    }

    /** The lines of a resource as comma-separated fields, without comments and blank lines. */
    static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Words.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] parts = t.split(",", -1);
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = parts[i].strip();
                }
                out.add(parts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
