package org.hazardledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.Person;
import org.hazardledger.model.Role;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who reported a hazard anonymously, and how to reach anyone, never leaves the enterprise: the test
 * decrypts the bundle the federation receives and searches every byte of every entry. (The sealed
 * reporter identities of issue S06 are columns, and ExportedColumnsTest makes each new column a
 * decision; this test is the byte-level check to extend with them.)
 */
class SealedIdentityTest {

    private static final String PHONE = "13912345678";

    @TempDir
    Path dir;

    @Test
    void anAnonymousReportersIdentityAndPhoneNumbersAreInNoByteOfTheBundle() {
        try (ExchangePair pair = ExchangePair.small(dir)) {
            LedgerFixture enterprise = pair.enterprise;
            Hazard known = enterprise.hazards.byNumber(
                    enterprise.hazards.page(HazardQuery.ALL, null, 1).rows().get(0).number()).orElseThrow();
            Person reporter = enterprise.organisation.addPerson(known.registration().unitId(), "E0999", "陈举报",
                    Role.WORKER);
            Hazard reported = enterprise.hazards.register(ExchangePair.smallDraft(enterprise));
            // what no editor writes yet: phone numbers, and an anonymous report whose finder is on file
            LedgerSql.execute(enterprise.dataDir, "UPDATE person SET phone = ?", PHONE);
            LedgerSql.execute(enterprise.dataDir, "UPDATE hazard SET anonymous = TRUE, finder_id = ? WHERE id = ?",
                    reporter.id(), reported.id());

            Map<String, byte[]> entries = ExchangePair.open(pair.federation, pair.sendRecords(true).file());

            List<String> linesNamingTheReporter = new ArrayList<>();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                String text = new String(e.getValue(), StandardCharsets.UTF_8);
                assertThat(text).as(e.getKey()).doesNotContain(PHONE).doesNotContain("\"phone\"");
                text.lines().filter(l -> l.contains(reporter.id().toString()))
                        .forEach(l -> linesNamingTheReporter.add(e.getKey() + ": " + l));
            }
            // he is a worker of the enterprise, so his own person record travels; nothing links him to the report
            assertThat(linesNamingTheReporter).singleElement().satisfies(l -> assertThat(l)
                    .startsWith("records/person.jsonl: {\"id\":\"" + reporter.id() + "\""));
            String hazardLines = new String(entries.get("records/hazard.jsonl"), StandardCharsets.UTF_8);
            assertThat(hazardLines.lines().filter(l -> l.contains(reported.id().toString())).findFirst().orElseThrow())
                    .contains("\"anonymous\":true", "\"finderId\":null");
        }
    }
}
