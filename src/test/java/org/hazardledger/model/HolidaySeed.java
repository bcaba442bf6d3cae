package org.hazardledger.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** Test fixture: the official schedules in seeds/reference/holidays-cn.csv, read without the CSV library. */
final class HolidaySeed {

    static final Path FILE = Path.of("seeds", "reference", "holidays-cn.csv");

    record Row(LocalDate date, String kind, String festivalZh, String festivalEn) {
    }

    private HolidaySeed() {
    }

    static List<String> lines() {
        try {
            return Files.readAllLines(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> rows() {
        return lines().stream().skip(1).filter(l -> !l.isBlank()).map(l -> {
            String[] f = l.split(",", -1);
            if (f.length != 4) {
                throw new IllegalStateException("not 4 fields: " + l);
            }
            return new Row(LocalDate.parse(f[0]), f[1], f[2], f[3]);
        }).toList();
    }

    /** The calendar of every year in the file. */
    static WorkingCalendar calendar() {
        return calendar(d -> true);
    }

    /** The calendar of the given year only, as if the next year's schedule were not entered yet. */
    static WorkingCalendar calendarOf(int year) {
        return calendar(d -> d.getYear() == year);
    }

    private static WorkingCalendar calendar(Predicate<LocalDate> keep) {
        List<Row> rows = rows().stream().filter(r -> keep.test(r.date())).toList();
        return WorkingCalendar.of(
                rows.stream().filter(r -> r.kind().equals("HOLIDAY")).map(Row::date).toList(),
                rows.stream().filter(r -> r.kind().equals("MAKE_UP_WORKING_DAY")).map(Row::date).toList());
    }
}
