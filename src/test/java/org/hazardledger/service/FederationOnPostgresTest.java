package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.hazardledger.model.EnterpriseOverview;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.MajorCriterionCitation;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.testing.PostgresTestServer;
import org.hazardledger.testing.TwoEnterprises;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Federation mode on PostgreSQL (issue 10): a federation ledger on the server imports the bundles
 * of several enterprises, a full one and then the changes since, and its consolidated views show
 * exactly what the same imports show on the embedded file.
 */
@Tag("postgresql")
class FederationOnPostgresTest {

    private static final int ENTERPRISES = 5;
    private static final char[] PASSPHRASE = "Jiangcheng-2026".toCharArray();
    private static final java.time.LocalDate TODAY = LedgerFixture.TODAY;

    @TempDir
    Path dir;

    @Test
    void bundlesFromFiveEnterprisesGiveTheSameConsolidatedViewsAsOnTheEmbeddedFile() throws Exception {
        try (LedgerFixture server = new LedgerFixture(dir.resolve("federation-server"),
                PostgresTestServer.freshDatabase());
             LedgerFixture embedded = new LedgerFixture(dir.resolve("federation-embedded"))) {
            List<LedgerFixture> federations = List.of(server, embedded);
            List<Fingerprint> federationKeys = new ArrayList<>();
            for (LedgerFixture f : federations) {
                f.setup.initialiseFederation("江城市总工会");
                federationKeys.add(f.exchange.keys().init(PASSPHRASE).fingerprint());
            }
            Path usb = Files.createDirectories(dir.resolve("usb"));
            for (int i = 0; i < ENTERPRISES; i++) {
                try (LedgerFixture enterprise = new LedgerFixture(dir.resolve("enterprise-" + i))) {
                    SmallEnterprise e = enterprise.initialiseSmall();
                    List<Hazard> hazards = registerSome(enterprise, e, i);
                    Fingerprint key = enterprise.exchange.keys().init(PASSPHRASE).fingerprint();
                    for (int f = 0; f < federations.size(); f++) {
                        swapKeys(enterprise, key, federations.get(f), federationKeys.get(f));
                    }
                    send(enterprise, federations, federationKeys, usb, true);
                    // Then the enterprise works on: one hazard moves on, one is new; only the changes travel.
                    Hazard first = hazards.get(0);
                    Hazard rectified = enterprise.hazards.perform(first.id(), first.revision(),
                            new HazardCommand.ReportRectified(TODAY, "gasket replaced"));
                    enterprise.hazards.perform(first.id(), rectified.revision(),
                            new HazardCommand.Accept(TODAY, "no leak"));
                    enterprise.hazards.register(e.leakingValve(TODAY));
                    send(enterprise, federations, federationKeys, usb, false);
                }
            }
            // Rows no bundle of these small enterprises carries: a listed major hazard, a stop-production
            // recommendation, compliance and campaign figures, a conflict, a deleted hazard.
            federations.forEach(TwoEnterprises::load);

            FederationService onServer = server.exchange.federation();
            FederationService onFile = embedded.exchange.federation();
            List<EnterpriseOverview> overview = onServer.enterprises(TODAY);
            assertThat(overview).hasSize(ENTERPRISES + 2);
            assertThat(overview).filteredOn(o -> !o.installation().equals(TwoEnterprises.A)
                            && !o.installation().equals(TwoEnterprises.B))
                    .allSatisfy(o -> {
                        assertThat(o.lastBundleAt()).isNotNull();
                        assertThat(o.major()).isEqualTo(1);
                        assertThat(o.overdue()).isPositive();
                    })
                    .extracting(EnterpriseOverview::hazards)
                    .containsExactlyInAnyOrder(6, 7, 8, 9, 10);
            sameOnBoth(onServer, onFile, s -> s.enterprises(TODAY));
            sameOnBoth(onServer, onFile, s -> s.majorHazards(null, false));
            sameOnBoth(onServer, onFile, s -> s.majorHazards(null, true));
            sameOnBoth(onServer, onFile, FederationService::listedHazards);
            sameOnBoth(onServer, onFile, s -> s.overdueHazards(TODAY));
            sameOnBoth(onServer, onFile, FederationService::stopProductionRecommendations);
            sameOnBoth(onServer, onFile, FederationService::compliance);
            sameOnBoth(onServer, onFile, FederationService::campaignFigures);
            for (EnterpriseOverview o : overview) {
                sameOnBoth(onServer, onFile, s -> s.enterpriseHazards(o.installation()));
            }
            // The later bundle replaced the earlier revision of the hazard that moved on.
            for (EnterpriseOverview o : overview) {
                boolean sentByBundles = !o.installation().equals(TwoEnterprises.A)
                        && !o.installation().equals(TwoEnterprises.B);
                assertThat(onServer.enterpriseHazards(o.installation()))
                        .filteredOn(h -> h.status() == HazardStatus.AWAITING_SIGN_OFF).hasSize(sentByBundles ? 1 : 0);
            }
            assertThat(server.audit.verify().isIntact()).isTrue();
        }
    }

    /** {@code i + 4} hazards under rectification found a week apart (all but the newest overdue) and one major. */
    private static List<Hazard> registerSome(LedgerFixture ledger, SmallEnterprise e, int i) {
        List<Hazard> out = new ArrayList<>();
        for (int k = 0; k < i + 4; k++) {
            out.add(ledger.registerAssigned(e, TODAY.minusDays(1 + 11L * k)));
        }
        HazardDraft valve = e.leakingValve(TODAY.minusDays(2));
        out.add(ledger.hazards.register(new HazardDraft(valve.registration(), new Grading(Grade.MAJOR, null,
                MajorReason.PRODUCTION_STOP_REQUIRED, RiskColour.RED, Tier.PLANT,
                MajorCriterionCitation.clause("CHEM-03")))));
        return out;
    }

    private static void swapKeys(LedgerFixture enterprise, Fingerprint enterpriseKey, LedgerFixture federation,
                                 Fingerprint federationKey) {
        federation.exchange.keys().importPublic(enterprise.exchange.keys().exportPublic());
        enterprise.exchange.keys().importPublic(federation.exchange.keys().exportPublic());
        federation.exchange.keys().trust(enterpriseKey, enterpriseKey.grouped());
        enterprise.exchange.keys().trust(federationKey, federationKey.grouped());
    }

    private static void send(LedgerFixture enterprise, List<LedgerFixture> federations, List<Fingerprint> keys,
                             Path usb, boolean full) {
        for (int f = 0; f < federations.size(); f++) {
            Path bundle = enterprise.exchange.bundles().exportRecords(keys.get(f), usb, full, PASSPHRASE,
                    Progress.NONE).file();
            federations.get(f).exchange.bundles().importBundle(bundle, PASSPHRASE, Progress.NONE);
        }
    }

    /**
     * The view reads the same on the server and on the file (a time is the same instant, whatever its
     * offset). The ids of records TwoEnterprises writes are drawn afresh for each ledger, so not compared.
     */
    private static <T> void sameOnBoth(FederationService server, FederationService file,
                                       Function<FederationService, T> view) {
        T onServer = view.apply(server);
        assertThat(onServer).usingRecursiveComparison()
                .withComparatorForType(Comparator.comparing(OffsetDateTime::toInstant), OffsetDateTime.class)
                .ignoringFieldsMatchingRegexes("(.*\\.)?id")
                .isEqualTo(view.apply(file));
    }
}
