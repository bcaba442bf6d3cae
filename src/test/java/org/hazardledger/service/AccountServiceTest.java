package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.EventLog;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local accounts on a real H2 ledger: first admin, creating accounts, logging in, lockout, audit. */
class AccountServiceTest {

    private static final String ADMIN_PASSWORD = "Admin-Passw0rd";

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.atFixtureToday();
    private LedgerFixture ledger;
    private AccountService accounts;

    @BeforeEach
    void open() {
        ledger = new LedgerFixture(dir, clock);
        accounts = ledger.accounts;
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void theFirstAdministratorIsCreatedOnlyOnce() {
        assertThat(accounts.hasAnyAccount()).isFalse();
        Account admin = accounts.createFirstAdmin(" Admin ", "系统管理员", ADMIN_PASSWORD);
        assertThat(admin.loginName()).isEqualTo("admin");
        assertThat(admin.role()).isEqualTo(AccountRole.ADMIN);
        assertThat(admin.mustChangePassword()).isFalse();
        assertThat(accounts.hasAnyAccount()).isTrue();

        assertThatThrownBy(() -> accounts.createFirstAdmin("admin2", "第二个", "Another-Passw0rd"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.account.adminExists");
        assertThat(accounts.all()).extracting(Account::loginName).containsExactly("admin");
    }

    @Test
    void theAdministratorCreatesAccountsAndOthersCannot() {
        var e = ledger.initialiseSmall();
        Account admin = accounts.createFirstAdmin("admin", "系统管理员", ADMIN_PASSWORD);
        Account head = accounts.create(admin, "zhangwei", "张伟", "Workshop-2026", AccountRole.UNIT_HEAD,
                e.workshop().id(), e.director().id());
        assertThat(head.mustChangePassword()).isTrue();
        assertThat(head.scopeUnitId()).isEqualTo(e.workshop().id());
        assertThat(accounts.authenticate("ZhangWei", "Workshop-2026")).isEqualTo(head);

        assertThatThrownBy(() -> accounts.create(head, "lijianguo", "李建国", "Team-Leader-1", AccountRole.CLERK,
                null, null)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.account.adminOnly");
        assertThatThrownBy(() -> accounts.create(null, "lijianguo", "李建国", "Team-Leader-1", AccountRole.CLERK,
                null, null)).extracting("messageKey").isEqualTo("error.account.adminOnly");
        assertThat(accounts.all()).hasSize(2);
    }

    @Test
    void refusalsNameTheirFields() {
        Account admin = accounts.createFirstAdmin("admin", "系统管理员", ADMIN_PASSWORD);
        ValidationException bad = catchThrowableOfType(ValidationException.class,
                () -> accounts.create(admin, "x", " ", "12345", AccountRole.UNIT_HEAD, null, null));
        assertThat(bad.errors()).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("loginName", "validation.loginName.format"),
                org.assertj.core.groups.Tuple.tuple("displayName", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("password", "validation.password.tooShort"),
                org.assertj.core.groups.Tuple.tuple("password", "validation.password.allDigits"),
                org.assertj.core.groups.Tuple.tuple("scopeUnit", "validation.account.scopeRequired"));

        ValidationException taken = catchThrowableOfType(ValidationException.class,
                () -> accounts.create(admin, "ADMIN", "重名", "Good-Passw0rd", AccountRole.CLERK, null, null));
        assertThat(taken.errors()).extracting(FieldError::messageKey).containsExactly("validation.loginName.taken");

        ValidationException same = catchThrowableOfType(ValidationException.class,
                () -> accounts.createFirstAdmin("secretary", "秘书", "Secretary"));
        assertThat(same.errors()).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("password", "validation.password.sameAsLogin"));
    }

    @Test
    void unknownUserAndWrongPasswordGiveTheSameError() {
        accounts.createFirstAdmin("admin", "系统管理员", ADMIN_PASSWORD);
        DomainException unknown = catchThrowableOfType(DomainException.class,
                () -> accounts.authenticate("nobody", ADMIN_PASSWORD));
        DomainException wrong = catchThrowableOfType(DomainException.class,
                () -> accounts.authenticate("admin", "wrong-password"));
        assertThat(unknown).isExactlyInstanceOf(DomainException.class);
        assertThat(wrong).isExactlyInstanceOf(DomainException.class);
        assertThat(unknown.messageKey()).isEqualTo("error.login.failed").isEqualTo(wrong.messageKey());
        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
        assertThat(unknown.args()).isEqualTo(wrong.args()).isEmpty();
    }

    @Test
    void fiveFailuresLockTheAccountForFiveMinutes() {
        Account admin = accounts.createFirstAdmin("admin", "系统管理员", ADMIN_PASSWORD);
        for (int i = 1; i < AccountService.MAX_FAILED_ATTEMPTS; i++) {
            failLogin("admin", "wrong-" + i);
        }
        assertThat(accounts.authenticate("admin", ADMIN_PASSWORD).failedAttempts()).isZero();

        for (int i = 1; i <= AccountService.MAX_FAILED_ATTEMPTS; i++) {
            failLogin("admin", "wrong-" + i);
        }
        // Locked: even the right password is refused, with the same message.
        failLogin("admin", ADMIN_PASSWORD);
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        failLogin("admin", ADMIN_PASSWORD);

        clock.advance(Duration.ofSeconds(1));
        Account back = accounts.authenticate("admin", ADMIN_PASSWORD);
        assertThat(back.failedAttempts()).isZero();
        assertThat(back.lockedUntil()).isNull();
        List<EventLog.Event> events = ledger.store.transact(s -> s.events().forEntity(admin.id()));
        assertThat(events).extracting(EventLog.Event::action).containsExactly("ADD", "LOCK");
    }

    @Test
    void aPasswordChangeNeedsTheOldPasswordAndTheNewOneCounts() {
        Account admin = accounts.createFirstAdmin("admin", "系统管理员", ADMIN_PASSWORD);
        Account clerk = accounts.create(admin, "clerk", "安全员", "First-Passw0rd", AccountRole.CLERK, null, null);

        failChange("clerk", "not-the-old-one", "Second-Passw0rd");
        ValidationException weak = catchThrowableOfType(ValidationException.class,
                () -> accounts.changePassword("clerk", "First-Passw0rd", "clerk"));
        assertThat(weak.errors()).extracting(FieldError::field).containsOnly("password");

        Account changed = accounts.changePassword("clerk", "First-Passw0rd", "Second-Passw0rd");
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(changed.revision()).isEqualTo(clerk.revision() + 1);
        failLogin("clerk", "First-Passw0rd");
        assertThat(accounts.authenticate("clerk", "Second-Passw0rd").id()).isEqualTo(clerk.id());
    }

    @Test
    void auditPayloadsNeverHoldAPasswordOrItsHash() {
        var e = ledger.initialiseSmall();
        Account admin = accounts.createFirstAdmin("admin", "系统管理员", ADMIN_PASSWORD);
        Account head = accounts.create(admin, "zhangwei", "张伟", "Workshop-2026", AccountRole.UNIT_HEAD,
                e.workshop().id(), null);
        accounts.changePassword("zhangwei", "Workshop-2026", "Workshop-2027");
        for (int i = 0; i < AccountService.MAX_FAILED_ATTEMPTS; i++) {
            failLogin("zhangwei", "Guess-" + i);
        }
        List<String> hashes = ledger.store.transact(s -> List.of(
                s.accounts().passwordHash(admin.id()).orElseThrow(),
                s.accounts().passwordHash(head.id()).orElseThrow()));
        List<EventLog.Event> events = ledger.store.transact(s -> {
            var all = new java.util.ArrayList<>(s.events().forEntity(admin.id()));
            all.addAll(s.events().forEntity(head.id()));
            return all;
        });
        assertThat(events).extracting(EventLog.Event::action).containsExactly("ADD", "ADD", "CHANGE_PASSWORD", "LOCK");
        for (EventLog.Event event : events) {
            assertThat(event.payload()).doesNotContain(ADMIN_PASSWORD, "Workshop-2026", "Workshop-2027", "Guess-",
                    "argon2", "$").doesNotContainIgnoringCase("password\":\"");
            for (String hash : hashes) {
                assertThat(event.payload()).doesNotContain(hash, hash.substring(hash.lastIndexOf('$') + 1));
            }
        }
        assertThat(ledger.audit.verify().isIntact()).isTrue();
    }

    private void failLogin(String login, String password) {
        assertThatThrownBy(() -> accounts.authenticate(login, password)).isExactlyInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.login.failed");
    }

    private void failChange(String login, String oldPassword, String newPassword) {
        assertThatThrownBy(() -> accounts.changePassword(login, oldPassword, newPassword))
                .isExactlyInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.login.failed");
    }
}
