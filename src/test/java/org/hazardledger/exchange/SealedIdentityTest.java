package org.hazardledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.ReportChannel;
import org.hazardledger.model.ReporterIdentity;
import org.hazardledger.model.SafetyReport;
import org.hazardledger.model.SafetyReportDraft;
import org.hazardledger.service.Actor;
import org.hazardledger.service.SafetyReportService;
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

    @Test
    void aBundleFromALedgerWithSealedReportsHasNeitherTheIdentityNorThePseudonymNorTheSealedBytes() {
        String name = "司马封存";
        String phone = "13611112222";
        try (ExchangePair pair = ExchangePair.small(dir)) {
            LedgerFixture enterprise = pair.enterprise;
            Account admin = enterprise.accounts.createFirstAdmin("admin", "管理员", "Admin-Passw0rd");
            Account chair = enterprise.accounts.create(admin, "gonghui", "工会主席", "First-Passw0rd",
                    AccountRole.UNION_MEMBER, null, null);
            Account clerk = enterprise.accounts.create(admin, "anquan", "安全员", "First-Passw0rd",
                    AccountRole.CLERK, null, null);
            SafetyReportService reports = enterprise.campaign.reports();
            enterprise.session.signIn(Actor.of(chair));
            reports.createKey("Chair-Secret-1".toCharArray());
            enterprise.session.signIn(Actor.of(clerk));
            HazardDraft valve = ExchangePair.smallDraft(enterprise);
            SafetyReport turned = reports.register(new SafetyReportDraft(ReportChannel.HOTLINE_12350,
                    LedgerFixture.TODAY, valve.registration().unitId(), "反映进料阀渗漏无人处理",
                    new ReporterIdentity(name, phone, "一车间", "")));
            SafetyReport kept = reports.register(new SafetyReportDraft(ReportChannel.LETTER, LedgerFixture.TODAY,
                    null, "来信反映夜班违章作业", new ReporterIdentity(name, phone, "", "")));
            SafetyReport anonymous = reports.register(new SafetyReportDraft(ReportChannel.ANONYMOUS,
                    LedgerFixture.TODAY, null, "匿名反映", null));
            Hazard h = reports.registerHazard(turned.id(), valve);
            List<byte[]> sealed = enterprise.store.transact(s -> List.of(
                    s.safetyReports().sealedIdentity(turned.id()).orElseThrow().bytes(),
                    s.safetyReports().sealedIdentity(kept.id()).orElseThrow().bytes()));

            Map<String, byte[]> entries = ExchangePair.open(pair.federation, pair.sendRecords(true).file());

            String hazardLines = new String(entries.get("records/hazard.jsonl"), StandardCharsets.UTF_8);
            assertThat(hazardLines).as("the hazard the report became travels").contains(h.id().toString());
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                String text = new String(e.getValue(), StandardCharsets.UTF_8);
                assertThat(text).as(e.getKey()).doesNotContain(name, phone, turned.pseudonym(), kept.pseudonym(),
                        anonymous.pseudonym(), turned.number(), "safety_report", "seal_key");
                for (byte[] b : sealed) {
                    assertThat(text).as(e.getKey()).doesNotContain(Base64.getEncoder().encodeToString(b),
                            HexFormat.of().formatHex(b), HexFormat.of().withUpperCase().formatHex(b));
                    assertThat(indexOf(e.getValue(), b)).as(e.getKey()).isEqualTo(-1);
                }
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
