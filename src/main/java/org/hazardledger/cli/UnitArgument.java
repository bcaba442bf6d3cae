package org.hazardledger.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.OrgUnit;

/**
 * A unit named on the command line: by its code (P1-W1-T1, any case), its name (合成一班) when only
 * one unit bears it, or its id. An unknown name is refused with the nearest units offered instead.
 */
final class UnitArgument {

    /** How many near matches an error names. */
    static final int SUGGESTIONS = 5;

    private UnitArgument() {
    }

    static OrgUnit resolve(String text, List<OrgUnit> units) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            throw new DomainException("error.cli.unitUnknownNoMatch", String.valueOf(text));
        }
        for (OrgUnit u : units) {
            if (u.code().equalsIgnoreCase(wanted) || u.id().toString().equalsIgnoreCase(wanted)) {
                return u;
            }
        }
        List<OrgUnit> named = units.stream().filter(u -> u.name().equals(wanted)).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            throw new DomainException("error.cli.unitAmbiguous", wanted, named.size(), list(named));
        }
        List<OrgUnit> near = near(wanted, units);
        if (near.isEmpty()) {
            throw new DomainException("error.cli.unitUnknownNoMatch", wanted);
        }
        throw new DomainException("error.cli.unitUnknown", wanted, list(near));
    }

    /** "P1-W1-T1 合成一班, P1-W1-T2 合成二班" */
    private static String list(List<OrgUnit> units) {
        return units.stream().limit(SUGGESTIONS).map(u -> u.code() + " " + u.name())
                .collect(Collectors.joining(", "));
    }

    /** Units whose code or name contains what was typed (or the reverse), or is a few edits from it. */
    static List<OrgUnit> near(String wanted, List<OrgUnit> units) {
        String w = wanted.toLowerCase(Locale.ROOT);
        record Scored(OrgUnit unit, int score) {
        }
        return units.stream()
                .map(u -> new Scored(u, Math.min(score(w, u.code().toLowerCase(Locale.ROOT)), score(w, u.name()))))
                .filter(s -> s.score() < Integer.MAX_VALUE)
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(s -> s.unit().code()))
                .limit(SUGGESTIONS)
                .map(Scored::unit)
                .toList();
    }

    /** 0 for containment either way, else the edit distance when small enough, else "no match". */
    private static int score(String wanted, String candidate) {
        if (candidate.contains(wanted) || wanted.contains(candidate)) {
            return 0;
        }
        int d = distance(wanted, candidate);
        return d <= Math.max(1, Math.min(wanted.length(), candidate.length()) / 3) ? d : Integer.MAX_VALUE;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
