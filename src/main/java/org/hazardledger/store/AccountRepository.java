package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.USER_ACCOUNT;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;
import org.hazardledger.store.jooq.tables.records.UserAccountRecord;
import org.jooq.DSLContext;

/**
 * Local user accounts. The password hash is read and written only through its own methods, so
 * the {@link Account} a caller gets never carries it.
 */
public final class AccountRepository {

    private final DSLContext dsl;
    private final Clock clock;

    AccountRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public void insert(Account a, String passwordHash) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.ID, a.id())
                .set(USER_ACCOUNT.REVISION, a.revision())
                .set(USER_ACCOUNT.CREATED_AT, at(a.createdAt()))
                .set(USER_ACCOUNT.UPDATED_AT, now)
                .set(USER_ACCOUNT.LOGIN_NAME, a.loginName())
                .set(USER_ACCOUNT.DISPLAY_NAME, a.displayName())
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.ROLE, a.role().name())
                .set(USER_ACCOUNT.SCOPE_UNIT_ID, a.scopeUnitId())
                .set(USER_ACCOUNT.PERSON_ID, a.personId())
                .set(USER_ACCOUNT.DISABLED, a.disabled())
                .set(USER_ACCOUNT.MUST_CHANGE_PASSWORD, a.mustChangePassword())
                .set(USER_ACCOUNT.FAILED_ATTEMPTS, a.failedAttempts())
                .set(USER_ACCOUNT.LOCKED_UNTIL, at(a.lockedUntil()))
                .execute();
    }

    /** The account, read for update: concurrent logins to one account count their failures one by one. */
    public Optional<Account> byLoginName(String loginName) {
        return dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN_NAME.eq(loginName)).forUpdate()
                .fetchOptional(AccountRepository::toAccount);
    }

    public Optional<Account> byId(UUID id) {
        return dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(id))
                .fetchOptional(AccountRepository::toAccount);
    }

    public List<Account> all() {
        return dsl.selectFrom(USER_ACCOUNT).orderBy(USER_ACCOUNT.LOGIN_NAME).fetch(AccountRepository::toAccount);
    }

    public int count() {
        return dsl.fetchCount(USER_ACCOUNT);
    }

    public Optional<String> passwordHash(UUID id) {
        return dsl.select(USER_ACCOUNT.PASSWORD_HASH).from(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(id))
                .fetchOptional(USER_ACCOUNT.PASSWORD_HASH);
    }

    /**
     * Saves what an administrator edits (name, role, scope, person, disabled, must-change) if
     * nobody changed the account since it was read; returns it with its new revision.
     */
    public Account update(Account a) {
        int updated = dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.REVISION, a.revision() + 1)
                .set(USER_ACCOUNT.UPDATED_AT, OffsetDateTime.now(clock))
                .set(USER_ACCOUNT.DISPLAY_NAME, a.displayName())
                .set(USER_ACCOUNT.ROLE, a.role().name())
                .set(USER_ACCOUNT.SCOPE_UNIT_ID, a.scopeUnitId())
                .set(USER_ACCOUNT.PERSON_ID, a.personId())
                .set(USER_ACCOUNT.DISABLED, a.disabled())
                .set(USER_ACCOUNT.MUST_CHANGE_PASSWORD, a.mustChangePassword())
                .where(USER_ACCOUNT.ID.eq(a.id()).and(USER_ACCOUNT.REVISION.eq(a.revision())))
                .execute();
        requireOne(updated, a);
        return byId(a.id()).orElseThrow();
    }

    /** A new password, revision-checked like {@link #update}; clears the must-change flag. */
    public Account setPassword(Account a, String passwordHash) {
        int updated = dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.REVISION, a.revision() + 1)
                .set(USER_ACCOUNT.UPDATED_AT, OffsetDateTime.now(clock))
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.MUST_CHANGE_PASSWORD, false)
                .where(USER_ACCOUNT.ID.eq(a.id()).and(USER_ACCOUNT.REVISION.eq(a.revision())))
                .execute();
        requireOne(updated, a);
        return byId(a.id()).orElseThrow();
    }

    /**
     * A password an administrator set, revision-checked like {@link #update}: its owner must change
     * it at the next login, and a lockout ends.
     */
    public Account resetPassword(Account a, String passwordHash) {
        int updated = dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.REVISION, a.revision() + 1)
                .set(USER_ACCOUNT.UPDATED_AT, OffsetDateTime.now(clock))
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.MUST_CHANGE_PASSWORD, true)
                .set(USER_ACCOUNT.FAILED_ATTEMPTS, 0)
                .set(USER_ACCOUNT.LOCKED_UNTIL, (OffsetDateTime) null)
                .where(USER_ACCOUNT.ID.eq(a.id()).and(USER_ACCOUNT.REVISION.eq(a.revision())))
                .execute();
        requireOne(updated, a);
        return byId(a.id()).orElseThrow();
    }

    /**
     * The failed-login counter and lockout. Not revision-checked and no new revision: a stranger
     * typing a wrong password must not make an administrator's open edit of the account stale.
     */
    public void setCounters(UUID id, int failedAttempts, Instant lockedUntil) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.FAILED_ATTEMPTS, failedAttempts)
                .set(USER_ACCOUNT.LOCKED_UNTIL, at(lockedUntil))
                .where(USER_ACCOUNT.ID.eq(id))
                .execute();
    }

    /** Replaces the hash without a new revision: the same password re-hashed at a higher cost. */
    public void rehash(UUID id, String passwordHash) {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.PASSWORD_HASH, passwordHash).where(USER_ACCOUNT.ID.eq(id))
                .execute();
    }

    private static void requireOne(int updated, Account a) {
        if (updated != 1) {
            throw new StaleRecordException("error.account.stale", a.loginName());
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Account toAccount(UserAccountRecord r) {
        return new Account(r.getId(), r.getRevision(), r.getLoginName(), r.getDisplayName(),
                AccountRole.valueOf(r.getRole()), r.getScopeUnitId(), r.getPersonId(), r.getDisabled(),
                r.getMustChangePassword(), r.getFailedAttempts(),
                r.getLockedUntil() == null ? null : r.getLockedUntil().toInstant(), r.getCreatedAt().toInstant());
    }
}
