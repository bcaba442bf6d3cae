package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.ExchangeKeyEntry;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.store.EventLog;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key rows: own keys trusted at once and retired on rotation, the other side's trusted only once confirmed. */
class ExchangeKeyServiceTest {

    private static final Fingerprint OWN_1 = new Fingerprint("1111 2222 3333 4444 5555 6666 7777 8888 9999 AAAA");
    private static final Fingerprint OWN_2 = new Fingerprint("1111222233334444555566667777888899990002");
    private static final Fingerprint FED_1 = new Fingerprint("730DC2A8DFF5291BCAEE5907E8F34CA4DAC89583");
    private static final Fingerprint FED_2 = new Fingerprint("730DC2A8DFF5291BCAEE5907E8F34CA4DAC80002");
    private static final UUID SELF = UUID.fromString("5f0c2f8e-7a1e-4c3d-9b1a-5d2e8f4a6b10");
    private static final UUID FEDERATION = UUID.fromString("0b9e6c1a-3d52-4f0e-8a71-2c4d5e6f7a81");
    private static final OffsetDateTime T1 = OffsetDateTime.of(2026, 6, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final OffsetDateTime T2 = T1.plusDays(10);

    @TempDir
    Path dir;

    private LedgerFixture fx;
    private ExchangeKeyService keys;

    @BeforeEach
    void ledger() {
        fx = new LedgerFixture(dir.resolve("ledger"));
        fx.initialiseSmall();
        keys = fx.exchange.keyRows();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void anOwnKeyIsTrustedAtOnceByWhoeverMadeItAndIsTheCurrentOne() {
        ExchangeKeyEntry own = addOwn(OWN_1, T1);

        assertThat(own.own()).isTrue();
        assertThat(own.isTrusted()).isTrue();
        assertThat(own.trustedBy()).isEqualTo(LedgerFixture.CLERK.name());
        assertThat(own.addedBy()).isEqualTo(LedgerFixture.CLERK.name());
        assertThat(own.isRetired()).isFalse();
        assertThat(own.keyCreatedAt().toInstant()).isEqualTo(T1.toInstant());
        assertThat(keys.currentOwn()).contains(own);
        assertThat(keys.key(OWN_1)).contains(own);
    }

    @Test
    void aSecondOwnKeyRetiresTheFirstWhichIsStillListed() {
        addOwn(OWN_1, T1);
        ExchangeKeyEntry second = addOwn(OWN_2, T2);

        assertThat(keys.currentOwn()).contains(second);
        ExchangeKeyEntry first = keys.key(OWN_1).orElseThrow();
        assertThat(first.isRetired()).isTrue();
        assertThat(first.retiredAt().toInstant()).isEqualTo(fx.clock.instant());
        assertThat(keys.ownKeys()).extracting(ExchangeKeyEntry::fingerprint).containsExactly(OWN_2, OWN_1);
        assertThat(events(OWN_1)).extracting(EventLog.Event::action).containsExactly("ADD", "RETIRE");
        assertThat(events(OWN_1).get(1).payload()).contains(OWN_2.hex());
    }

    @Test
    void theOtherSidesKeyStaysUntrustedAndIsNotCurrentUntilConfirmed() {
        ExchangeKeyEntry fed = addFederation(FED_1, T1);

        assertThat(fed.own()).isFalse();
        assertThat(fed.isTrusted()).isFalse();
        assertThat(fed.trustedBy()).isNull();
        assertThat(keys.currentTrusted(FEDERATION)).isEmpty();
        assertThat(events(FED_1)).singleElement().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo("exchange_key");
            assertThat(e.action()).isEqualTo("ADD");
            assertThat(e.payload()).contains(FED_1.hex(), FEDERATION.toString(), "江城市总工会");
        });
    }

    @Test
    void theFingerprintReadBackByPhoneIsComparedIgnoringSpacesAndCase() {
        addFederation(FED_1, T1);

        ExchangeKeyEntry trusted = keys.trust(FED_1, " 730d c2a8 dff5 291b caee 5907 e8f3 4ca4 dac8 9583 ");

        assertThat(trusted.isTrusted()).isTrue();
        assertThat(trusted.trustedBy()).isEqualTo(LedgerFixture.CLERK.name());
        assertThat(trusted.trustedAt().toInstant()).isEqualTo(fx.clock.instant());
        assertThat(keys.currentTrusted(FEDERATION)).contains(trusted);
        assertThat(events(FED_1)).extracting(EventLog.Event::action).containsExactly("ADD", "TRUST");
    }

    @Test
    void aMismatchedConfirmationIsRefusedAndNothingChanges() {
        addFederation(FED_1, T1);
        int eventsBefore = eventCount();

        assertRefused(() -> keys.trust(FED_1, "730D C2A8 DFF5 291B CAEE 5907 E8F3 4CA4 DAC8 9538"),
                "error.key.fingerprintMismatch");
        assertRefused(() -> keys.trust(FED_1, ""), "error.key.fingerprintMismatch");
        assertRefused(() -> keys.trust(FED_1, null), "error.key.fingerprintMismatch");

        assertThat(keys.key(FED_1).orElseThrow().isTrusted()).isFalse();
        assertThat(keys.currentTrusted(FEDERATION)).isEmpty();
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void anUnknownKeyCannotBeTrustedAndAKnownOneCannotBeAddedTwice() {
        addFederation(FED_1, T1);
        int eventsBefore = eventCount();

        assertRefused(() -> keys.trust(FED_2, FED_2.hex()), "error.key.unknown");
        assertRefused(() -> addFederation(FED_1, T2), "error.key.known");
        assertRefused(() -> addOwn(FED_1, T2), "error.key.known");

        assertThat(keys.keys()).hasSize(1);
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void trustingAKeyAlreadyTrustedChangesNothing() {
        addOwn(OWN_1, T1);
        addFederation(FED_1, T1);
        ExchangeKeyEntry first = keys.trust(FED_1, FED_1.grouped());
        int eventsBefore = eventCount();

        assertThat(keys.trust(FED_1, FED_1.hex())).isEqualTo(first);
        assertThat(keys.trust(OWN_1, OWN_1.grouped())).isEqualTo(keys.key(OWN_1).orElseThrow());
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void onceANewerKeyOfTheOtherSideIsTrustedTheOlderOneIsRetiredAndBundlesGoToTheNewer() {
        addFederation(FED_1, T1);
        keys.trust(FED_1, FED_1.hex());
        addFederation(FED_2, T2);

        // imported but not yet confirmed: bundles still go to the old key
        assertThat(keys.currentTrusted(FEDERATION)).map(ExchangeKeyEntry::fingerprint).contains(FED_1);

        keys.trust(FED_2, FED_2.grouped());

        assertThat(keys.currentTrusted(FEDERATION)).map(ExchangeKeyEntry::fingerprint).contains(FED_2);
        assertThat(keys.key(FED_1).orElseThrow().isRetired()).isTrue();
        assertThat(keys.key(FED_2).orElseThrow().isRetired()).isFalse();
        assertThat(events(FED_1)).extracting(EventLog.Event::action).containsExactly("ADD", "TRUST", "RETIRE");
    }

    @Test
    void trustingAnOlderKeyAfterANewerOneRetiresTheOlderAtOnce() {
        addFederation(FED_2, T2);
        keys.trust(FED_2, FED_2.hex());
        addFederation(FED_1, T1);

        keys.trust(FED_1, FED_1.hex());

        assertThat(keys.currentTrusted(FEDERATION)).map(ExchangeKeyEntry::fingerprint).contains(FED_2);
        assertThat(keys.key(FED_1).orElseThrow().isRetired()).isTrue();
    }

    @Test
    void theListShowsOwnKeysFirstThenTheOtherSideByName() {
        addFederation(FED_1, T1);
        keys.add(FED_2, UUID.randomUUID(), "阿城市总工会", InstallationRole.FEDERATION, false, "armored", T2);
        addOwn(OWN_1, T1);

        List<ExchangeKeyEntry> all = keys.keys();

        assertThat(all).extracting(ExchangeKeyEntry::fingerprint).first().isEqualTo(OWN_1);
        assertThat(all).extracting(ExchangeKeyEntry::own).containsExactly(true, false, false);
        assertThat(all.get(1).name()).isLessThan(all.get(2).name());
        assertThat(keys.currentTrusted(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aUnionMemberMayNotManageKeys() {
        fx.signIn("工会小组长 (union)", AccountRole.UNION_MEMBER, null);

        assertRefused(() -> addFederation(FED_1, T1), "error.key.forbidden");

        fx.signIn("测试安全员 (clerk)", AccountRole.CLERK, null);
        assertThat(keys.keys()).isEmpty();
    }

    private ExchangeKeyEntry addOwn(Fingerprint f, OffsetDateTime created) {
        return keys.add(f, SELF, "测试化工有限公司", InstallationRole.ENTERPRISE, true, "-----own " + f + "-----",
                created);
    }

    private ExchangeKeyEntry addFederation(Fingerprint f, OffsetDateTime created) {
        return keys.add(f, FEDERATION, "江城市总工会", InstallationRole.FEDERATION, false, "-----fed " + f + "-----",
                created);
    }

    private List<EventLog.Event> events(Fingerprint f) {
        return fx.store.transact(s -> s.events().forEntity(ExchangeKeyService.entityId(f)));
    }

    private int eventCount() {
        return fx.store.transact(s -> s.events().count());
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
