package org.hazardledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.FederationNotice;
import org.hazardledger.model.NoticeKind;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.service.Progress;
import org.hazardledger.service.RecordJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo enterprise sends its ledger to the federation, the federation answers with a notice on one
 * of its major hazards, receipts go both ways, and the next bundle carries only what changed since.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExchangeRoundTripTest {

    @TempDir
    static Path dir;

    private static ExchangePair pair;
    private static ExportResult first;
    private static ImportResult imported;

    @BeforeAll
    static void sendTheDemoLedger() {
        pair = ExchangePair.demo(dir);
        first = pair.sendRecords(false);
        imported = pair.federationImports(first.file());
    }

    @AfterAll
    static void close() {
        pair.close();
    }

    @Test
    @Order(1)
    void theFederationHoldsEveryRecordExactlyAsTheEnterpriseWroteIt() {
        Map<String, String> sent = new LinkedHashMap<>();
        ChangeRange range = first.entry().changes();
        pair.enterprise.exchange.records().collectRecords(range,
                r -> sent.put(r.type().wireName() + "/" + r.id(), RecordJson.write(r)), Progress.NONE);

        assertThat(range.from()).isEqualTo(1);
        assertThat(first.counts()).containsKeys("org_unit", "person", "hazard", "major_hazard_file", "union_record",
                "inspection_round", "attachment");
        assertThat(first.counts().get("hazard")).isGreaterThan(1000);
        assertThat(imported.applied().inserted()).isEqualTo(sent.size());
        assertThat(imported.applied().conflicts()).isZero();
        assertThat(pair.federationHolds()).isEqualTo(sent);
    }

    @Test
    @Order(2)
    void thePhotosTravelWithTheirHazards() throws IOException {
        List<String> hashes = new java.util.ArrayList<>();
        pair.enterprise.exchange.records().collectRecords(first.entry().changes(), r -> {
            if (r.type() == RecordType.ATTACHMENT && !r.deleted()) {
                hashes.add(r.text("sha256"));
            }
        }, Progress.NONE);

        assertThat(hashes).isNotEmpty();
        for (String sha : hashes) {
            try (InputStream there = pair.federation.exchange.records().openAttachment(sha);
                 InputStream here = pair.enterprise.exchange.records().openAttachment(sha)) {
                assertThat(there.readAllBytes()).isEqualTo(here.readAllBytes());
            }
        }
    }

    @Test
    @Order(3)
    void aNoticeFromTheFederationAppearsOnTheRightHazard() {
        TravellingRecord major = majorHazard();
        UUID enterpriseInstallation = pair.enterprise.exchange.records().installation().id();
        FederationNotice sent = pair.federation.exchange.federation().issueNotice(FederationNotices.listing(
                enterpriseInstallation, major.id(), major.text("number")));

        ExportResult feedback = pair.federation.exchange.bundles().exportFeedback(pair.enterpriseKey, pair.usb,
                ExchangePair.PASSPHRASE, Progress.NONE);
        pair.enterpriseImports(feedback.file());

        List<FederationNotice> onHazard = pair.enterprise.exchange.federation().noticesOnHazard(major.id());
        assertThat(onHazard).hasSize(1);
        FederationNotice received = onHazard.get(0);
        assertThat(received.kind()).isEqualTo(NoticeKind.LISTING);
        assertThat(received).usingRecursiveComparison().isEqualTo(sent);
    }

    @Test
    @Order(4)
    void afterTheReceiptTheNextBundleCarriesOnlyWhatChanged() {
        ExportResult receipt = pair.federation.exchange.bundles().acknowledge(pair.enterpriseKey, pair.usb,
                ExchangePair.PASSPHRASE, Progress.NONE);
        pair.enterpriseImports(receipt.file());
        assertThat(pair.enterprise.exchange.records().acknowledgedUpTo(
                pair.federation.exchange.records().installation().id())).isEqualTo(first.entry().changes().to());

        pair.enterprise.hazards.register(FederationNotices.newHazard(pair.enterprise));
        ExportResult next = pair.sendRecords(false);

        assertThat(next.entry().changes().from()).isEqualTo(first.entry().changes().to() + 1);
        assertThat(next.counts().get("hazard")).isEqualTo(1);
        ImportResult applied = pair.federationImports(next.file());
        assertThat(applied.applied().inserted()).isGreaterThanOrEqualTo(1);
        assertThat(applied.applied().conflicts()).isZero();
    }

    @Test
    @Order(5)
    void importingTheSameBundleAgainChangesNothing() {
        ExchangePair.LedgerState before = ExchangePair.state(pair.federation);

        ImportResult again = pair.federationImports(first.file());

        assertThat(again.alreadyImported()).isTrue();
        assertThat(ExchangePair.state(pair.federation)).isEqualTo(before);
        assertThat(pair.federation.audit.verify().isIntact()).isTrue();
        assertThat(pair.enterprise.audit.verify().isIntact()).isTrue();
    }

    private static TravellingRecord majorHazard() {
        TravellingRecord[] found = new TravellingRecord[1];
        pair.enterprise.exchange.records().collectRecords(first.entry().changes(), r -> {
            if (found[0] == null && r.type() == RecordType.HAZARD && "MAJOR".equals(r.text("grade"))) {
                found[0] = r;
            }
        }, Progress.NONE);
        assertThat(found[0]).as("a major hazard in the demo").isNotNull();
        return found[0];
    }
}
