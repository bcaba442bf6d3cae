package org.hazardledger.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the CSV seed files shipped under {@code seeds/} on the class path. */
final class SeedFiles {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

    private SeedFiles() {
    }

    /** All rows of {@code seeds/<path>}, by header name. */
    static List<CSVRecord> read(String path) {
        String resource = "seeds/" + path;
        InputStream in = SeedFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("seed file missing from the build: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return FORMAT.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + resource, e);
        }
    }

    /** The lines of a plain-text seed list (blank lines and # comments skipped). */
    static List<String> lines(String path) {
        String resource = "seeds/" + path;
        InputStream in = SeedFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("seed file missing from the build: " + resource);
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + resource, e);
        }
    }
}
