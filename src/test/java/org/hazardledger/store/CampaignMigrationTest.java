package org.hazardledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hazardledger.model.Hazard;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger written before the campaign's migrations (V11 onwards, S06) opens with their tables and
 * keeps its hazards. The later migrations create tables, indexes and sequences and add columns, so
 * undoing one is dropping what it created, read from the migration file itself (and forgetting
 * that the search index was built, as a ledger from before it never knew). V16 also drops two
 * indexes of V1 to re-create them wider; they stay dropped here, which V16 allows.
 */
class CampaignMigrationTest {

    /** The first migration of the campaign (S06). */
    static final int FIRST_CAMPAIGN_VERSION = 11;

    private static final Pattern CREATE = Pattern.compile(
            "CREATE\\s+(?:UNIQUE\\s+)?(TABLE|SEQUENCE|INDEX)\\s+(\\w+)|ALTER\\s+TABLE\\s+(\\w+)\\s+ADD\\s+COLUMN\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path dir;

    /** Makes a ledger file look as a build before V11 wrote it: later versions first. */
    static void undoCampaignVersions(Path dataDir) {
        List<Path> migrations = campaignMigrations();
        Collections.reverse(migrations);
        for (Path migration : migrations) {
            List<String[]> created = created(migration);
            Collections.reverse(created);
            for (String[] c : created) {
                LedgerSql.execute(dataDir, c.length == 3 ? "ALTER TABLE " + c[1] + " DROP COLUMN " + c[2]
                        : "DROP " + c[0] + " IF EXISTS " + c[1]);
            }
            LedgerSql.execute(dataDir, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = ?",
                    String.valueOf(version(migration)));
        }
        LedgerSql.execute(dataDir, "DELETE FROM ledger_setting WHERE setting_key LIKE 'search%'");
    }

    @Test
    void aLedgerFromBeforeTheCampaignGetsItsTablesAndKeepsItsHazards() {
        Hazard saved;
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            saved = ledger.hazards.register(ledger.initialiseSmall().leakingValve(LedgerFixture.TODAY));
        }
        undoCampaignVersions(dir);

        try (LedgerFixture reopened = new LedgerFixture(dir)) {
            assertThat(reopened.hazards.details(saved.id())).isPresent();
            assertThat(reopened.audit.verify().isIntact()).isTrue();
        }
    }

    private static List<Path> campaignMigrations() {
        try (Stream<Path> files = Stream.concat(Files.list(migrationFolder("db/migration")),
                Files.list(migrationFolder("db/dialect/h2")))) {
            List<Path> list = new ArrayList<>(files
                    .filter(p -> VERSION.matcher(p.getFileName().toString()).matches())
                    .filter(p -> version(p) >= FIRST_CAMPAIGN_VERSION)
                    .sorted(Comparator.comparingInt(CampaignMigrationTest::version)).toList());
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** H2's migrations: the portable ones and H2's own spellings (decision 0020). */
    private static Path migrationFolder(String folder) {
        try {
            return Path.of(CampaignMigrationTest.class.getClassLoader().getResource(folder).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int version(Path migration) {
        Matcher m = VERSION.matcher(migration.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(migration.toString());
        }
        return Integer.parseInt(m.group(1));
    }

    /** What the migration creates, in its order: {kind, name}. */
    private static List<String[]> created(Path migration) {
        try {
            String sql = Files.readString(migration, StandardCharsets.UTF_8).replaceAll("--[^\n]*", "");
            List<String[]> created = new ArrayList<>();
            Matcher m = CREATE.matcher(sql);
            while (m.find()) {
                created.add(m.group(1) != null
                        ? new String[] {m.group(1).toUpperCase(java.util.Locale.ROOT), m.group(2)}
                        : new String[] {"COLUMN", m.group(3), m.group(4)});
            }
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
