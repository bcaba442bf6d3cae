package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.EventLog;
import org.hazardledger.store.StaleRecordException;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an administrator does to accounts: edit, disable and enable, reset a password; and who may. */
class AccountAdministrationTest {

    private static final String ADMIN_PASSWORD = "Admin-Passw0rd";

    @TempDir
    Path dir;

    private LedgerFixture ledger;
    private AccountService accounts;
    private LedgerFixture.SmallEnterprise e;
    private Account admin;
    private Actor adminActor;
    private Account head;

    @BeforeEach
    void open() {
        ledger = new LedgerFixture(dir);
        accounts = ledger.accounts;
        e = ledger.initialiseSmall();
        admin = accounts.createFirstAdmin("admin", "系统管理员", ADMIN_PASSWORD);
        adminActor = Actor.of(admin);
        head = accounts.create(admin, "zhangwei", "张伟", "Workshop-2026", AccountRole.UNIT_HEAD,
                e.workshop().id(), e.director().id());
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void anAdministratorMovesAnAccountToAnotherUnitAndRole() {
        Account edited = accounts.edit(adminActor, head.id(), head.revision(), " 李建国 ", AccountRole.UNION_MEMBER,
                e.team().id(), e.leader().id());
        assertThat(edited.displayName()).isEqualTo("李建国");
        assertThat(edited.role()).isEqualTo(AccountRole.UNION_MEMBER);
        assertThat(edited.scopeUnitId()).isEqualTo(e.team().id());
        assertThat(edited.personId()).isEqualTo(e.leader().id());
        assertThat(edited.revision()).isEqualTo(head.revision() + 1);
        assertThat(edited.loginName()).isEqualTo("zhangwei");
        // The owner still logs in with the same password, and now acts as the union member.
        assertThat(Actor.of(accounts.authenticate("zhangwei", "Workshop-2026")).role())
                .isEqualTo(AccountRole.UNION_MEMBER);
        assertThat(actions(head)).containsExactly("ADD", "EDIT");
        assertThat(lastPayload(head)).contains("李建国", "UNION_MEMBER").doesNotContain("Workshop-2026");
    }

    @Test
    void onlyAnEnabledAdministratorMayChangeAccounts() {
        Actor headActor = Actor.of(head);
        Actor process = new Actor("命令行");
        for (Actor caller : new Actor[] {headActor, process, null, LedgerFixture.CLERK}) {
            assertRefused(() -> accounts.edit(caller, head.id(), head.revision(), "张伟", AccountRole.CLERK, null, null),
                    "error.account.adminOnly");
            assertRefused(() -> accounts.setDisabled(caller, head.id(), head.revision(), true),
                    "error.account.adminOnly");
            assertRefused(() -> accounts.resetPassword(caller, head.id(), head.revision(), "Reset-Passw0rd"),
                    "error.account.adminOnly");
        }
        assertThat(accounts.find(head.id()).orElseThrow()).isEqualTo(head);
        assertThat(actions(head)).containsExactly("ADD");
    }

    @Test
    void anEditOfAnOutdatedRevisionIsRefusedAsStale() {
        accounts.edit(adminActor, head.id(), head.revision(), "张伟", AccountRole.CLERK, null, null);
        StaleRecordException stale = catchThrowableOfType(StaleRecordException.class,
                () -> accounts.setDisabled(adminActor, head.id(), head.revision(), true));
        assertThat(stale.messageKey()).isEqualTo("error.account.stale");
        assertThat(stale.args()).containsExactly("zhangwei");
        assertThatThrownBy(() -> accounts.resetPassword(adminActor, head.id(), head.revision(), "Reset-Passw0rd"))
                .isInstanceOf(StaleRecordException.class);
        assertThat(accounts.find(head.id()).orElseThrow().disabled()).isFalse();
    }

    @Test
    void aDisabledAccountCannotLogInUntilEnabledAgain() {
        Account disabled = accounts.setDisabled(adminActor, head.id(), head.revision(), true);
        assertThat(disabled.disabled()).isTrue();
        assertRefused(() -> accounts.authenticate("zhangwei", "Workshop-2026"), "error.login.failed");
        Account enabled = accounts.setDisabled(adminActor, head.id(), disabled.revision(), false);
        assertThat(accounts.authenticate("zhangwei", "Workshop-2026").id()).isEqualTo(enabled.id());
        assertThat(actions(head)).containsExactly("ADD", "DISABLE", "ENABLE");
    }

    @Test
    void aResetPasswordWorksOnceAndMustBeChangedAndLiftsALockout() {
        for (int i = 0; i < AccountService.MAX_FAILED_ATTEMPTS; i++) {
            assertRefused(() -> accounts.authenticate("zhangwei", "wrong-guess"), "error.login.failed");
        }
        Account locked = accounts.find(head.id()).orElseThrow();
        assertThat(locked.lockedAt(ledger.clock.instant())).isTrue();

        Account reset = accounts.resetPassword(adminActor, head.id(), locked.revision(), "Temporary-2026");
        assertThat(reset.mustChangePassword()).isTrue();
        assertThat(reset.lockedUntil()).isNull();
        assertThat(reset.failedAttempts()).isZero();
        assertRefused(() -> accounts.authenticate("zhangwei", "Workshop-2026"), "error.login.failed");
        Account loggedIn = accounts.authenticate("zhangwei", "Temporary-2026");
        assertThat(loggedIn.mustChangePassword()).isTrue();
        Account changed = accounts.changePassword("zhangwei", "Temporary-2026", "My-Own-2026");
        assertThat(changed.mustChangePassword()).isFalse();

        List<EventLog.Event> events = ledger.store.transact(s -> s.events().forEntity(head.id()));
        assertThat(events).extracting(EventLog.Event::action)
                .containsExactly("ADD", "LOCK", "RESET_PASSWORD", "CHANGE_PASSWORD");
        String hash = ledger.store.transact(s -> s.accounts().passwordHash(head.id()).orElseThrow());
        for (EventLog.Event event : events) {
            assertThat(event.payload()).doesNotContain("Temporary-2026", "My-Own-2026", "argon2", hash);
        }
        assertThat(events.get(2).actor()).isEqualTo("系统管理员 (admin)");
        assertThat(ledger.audit.verify().isIntact()).isTrue();
    }

    @Test
    void aResetPasswordMustPassThePolicy() {
        ValidationException weak = catchThrowableOfType(ValidationException.class,
                () -> accounts.resetPassword(adminActor, head.id(), head.revision(), "zhangwei"));
        assertThat(weak.errors()).extracting(FieldError::field, FieldError::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("password", "validation.password.sameAsLogin"));
        assertThat(accounts.authenticate("zhangwei", "Workshop-2026").mustChangePassword()).isTrue();
    }

    @Test
    void anEditIsValidatedLikeANewAccount() {
        ValidationException bad = catchThrowableOfType(ValidationException.class,
                () -> accounts.edit(adminActor, head.id(), head.revision(), " ", AccountRole.UNIT_HEAD, null, null));
        assertThat(bad.errors()).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("displayName", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("scopeUnit", "validation.account.scopeRequired"));
        assertThat(accounts.find(head.id()).orElseThrow()).isEqualTo(head);
    }

    @Test
    void theLastAdministratorCannotBeDisabledOrDemoted() {
        assertRefused(() -> accounts.setDisabled(adminActor, admin.id(), admin.revision(), true),
                "error.account.lastAdmin");
        assertRefused(() -> accounts.edit(adminActor, admin.id(), admin.revision(), "系统管理员", AccountRole.CLERK,
                null, null), "error.account.lastAdmin");
        Account second = accounts.edit(adminActor, head.id(), head.revision(), "张伟", AccountRole.ADMIN, null, null);
        Account gone = accounts.setDisabled(Actor.of(second), admin.id(), admin.revision(), true);
        assertThat(gone.disabled()).isTrue();
        // The disabled administrator's session may no longer manage accounts.
        assertRefused(() -> accounts.setDisabled(adminActor, second.id(), second.revision(), true),
                "error.account.adminOnly");
    }

    private List<String> actions(Account a) {
        return ledger.store.transact(s -> s.events().forEntity(a.id())).stream().map(EventLog.Event::action).toList();
    }

    private String lastPayload(Account a) {
        List<EventLog.Event> events = ledger.store.transact(s -> s.events().forEntity(a.id()));
        return events.get(events.size() - 1).payload();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo(key);
    }
}
