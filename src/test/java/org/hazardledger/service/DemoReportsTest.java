package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hazardledger.model.Account;
import org.hazardledger.model.ReporterIdentity;
import org.hazardledger.model.SafetyReport;
import org.hazardledger.model.SealKey;
import org.hazardledger.store.SafetyReportRepository;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;

/** The demo's reports: a dozen, most sealed to gonghui's key (passphrase Demo-2026), some linked to hazards. */
class DemoReportsTest {

    @Test
    void theDemoHasSealedReportsThatGonghuiOpensWithTheDemoPassphrase() {
        LedgerFixture demo = DemoLedger.shared();
        List<SafetyReport> reports = demo.store.transact(s -> s.safetyReports().list());
        assertThat(reports).hasSizeBetween(10, 14);
        assertThat(reports.stream().filter(SafetyReport::sealed).count()).isGreaterThan(reports.size() / 2);
        assertThat(reports).anyMatch(r -> !r.sealed());
        assertThat(reports).anyMatch(r -> r.hazardId() != null);
        assertThat(reports).allMatch(r -> r.number().matches("JB-\\d{4}-\\d{4}")
                && r.pseudonym().startsWith(SafetyReportOperations.PSEUDONYM_PREFIX));

        // read only: open each identity with the key's own steps, without the audited (writing) unseal
        Account gonghui = demo.store.transact(s -> s.accounts().byLoginName("gonghui")).orElseThrow();
        SealKey key = demo.store.transact(s -> s.safetyReports().activeKey()).orElseThrow();
        assertThat(key.holderAccountId()).isEqualTo(gonghui.id());
        IdentitySeal seal = new IdentitySeal(Argon2Cost.DEFAULT);
        byte[] priv = seal.unlock(key.id(), key.lockedPrivateKey(), key.kdfParameters(),
                DemoReports.PASSPHRASE.toCharArray());
        for (SafetyReport r : reports.stream().filter(SafetyReport::sealed).toList()) {
            SafetyReportRepository.Sealed sealed = demo.store.transact(s -> s.safetyReports().sealedIdentity(r.id()))
                    .orElseThrow();
            ReporterIdentity id = seal.open(r.id(), sealed.bytes(), priv, key.publicKey());
            assertThat(id.name()).isNotBlank();
            assertThat(r.summary()).doesNotContain(id.name());
        }
    }
}
