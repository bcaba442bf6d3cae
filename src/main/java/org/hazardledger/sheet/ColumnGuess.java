package org.hazardledger.sheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hazardledger.model.LedgerField;
import org.hazardledger.service.Messages;

/**
 * Header text to {@link LedgerField}: the synonyms in {@code sheet/header-synonyms.csv} plus the
 * exact Chinese and English labels of every field ({@code sheet.field.*}), so the ledger's own
 * export comes back with no mapping work. Headers are compared {@link Words#normalise normalised},
 * then without a trailing bracket ("整改资金（元）"). A two-row header "整改情况/完成时间" is tried
 * whole, then by its lower part, then by its upper part. 序号 (a row counter) and 备注 are known
 * and ignored. Each field goes to the leftmost column that names it.
 */
final class ColumnGuess {

    /** What a header means: a field, or nothing the ledger keeps (序号, 备注). */
    record Meaning(LedgerField field) {
        boolean ignored() {
            return field == null;
        }
    }

    private static final Map<String, Meaning> WORDS = load();

    private ColumnGuess() {
    }

    private static Map<String, Meaning> load() {
        Map<String, Meaning> words = new HashMap<>();
        for (String language : List.of("zh", "en")) {
            Messages messages = Messages.forLanguage(language);
            for (LedgerField field : LedgerField.values()) {
                words.putIfAbsent(Words.normalise(messages.label(field)), new Meaning(field));
            }
        }
        for (LedgerField field : LedgerField.values()) {
            words.putIfAbsent(Words.normalise(field.name()), new Meaning(field));
        }
        for (String[] row : Words.rows("/sheet/header-synonyms.csv")) {
            if (row.length < 2 || row[1].isEmpty()) {
                continue;
            }
            Meaning meaning = "IGNORE".equals(row[0]) ? new Meaning(null) : new Meaning(LedgerField.valueOf(row[0]));
            words.putIfAbsent(Words.normalise(row[1]), meaning);
        }
        return Map.copyOf(words);
    }

    /** What one header says, if anything known. */
    static Optional<Meaning> meaning(String header) {
        String h = Words.normalise(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        Optional<Meaning> whole = lookUp(h);
        if (whole.isPresent()) {
            return whole;
        }
        int slash = h.indexOf('/');
        if (slash > 0 && slash < h.length() - 1) {
            Optional<Meaning> lower = lookUp(h.substring(slash + 1));
            if (lower.isPresent()) {
                return lower;
            }
            return lookUp(h.substring(0, slash));
        }
        return Optional.empty();
    }

    private static Optional<Meaning> lookUp(String normalised) {
        Meaning m = WORDS.get(normalised);
        if (m == null) {
            m = WORDS.get(Words.withoutBrackets(normalised));
        }
        return Optional.ofNullable(m);
    }

    /** The mapping the headers suggest: each field at the leftmost column naming it. */
    static ColumnMapping guess(List<String> headers) {
        Map<Integer, LedgerField> columns = new TreeMap<>();
        for (int c = 0; c < headers.size(); c++) {
            Optional<Meaning> m = meaning(headers.get(c));
            if (m.isPresent() && !m.get().ignored() && !columns.containsValue(m.get().field())) {
                columns.put(c, m.get().field());
            }
        }
        return new ColumnMapping(columns);
    }

    /** How many headers are known words (fields or known ignored columns): the header row score. */
    static int score(List<String> headers) {
        int n = 0;
        java.util.Set<LedgerField> seen = java.util.EnumSet.noneOf(LedgerField.class);
        for (String header : headers) {
            Optional<Meaning> m = meaning(header);
            if (m.isPresent() && (m.get().ignored() || seen.add(m.get().field()))) {
                n++;
            }
        }
        return n;
    }
}
