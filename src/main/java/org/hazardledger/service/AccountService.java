package org.hazardledger.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.LoginName;
import org.hazardledger.model.PasswordPolicy;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.StaleRecordException;
import org.hazardledger.store.Store;
import org.hazardledger.store.StoreSession;

/**
 * Local accounts: the first administrator, accounts the administrator creates and manages (edit,
 * disable, reset a password), logging in and changing passwords. Audit events name the account and what changed, never a password or hash.
 */
public final class AccountService {

    /** Failed logins in a row that lock an account. */
    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(5);

    static final String LOGIN_FAILED = "error.login.failed";

    private final Store store;
    private final PasswordHasher hasher;

    public AccountService(Store store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    /** False on first start: the workbench then asks for the administrator. */
    public boolean hasAnyAccount() {
        return store.transact(s -> s.accounts().count() > 0);
    }

    public List<Account> all() {
        return store.transact(s -> s.accounts().all());
    }

    /** The administrator created on first start; refused once any account exists. */
    public Account createFirstAdmin(String loginName, String displayName, String password) {
        NewAccount input = new NewAccount(loginName, displayName, password, AccountRole.ADMIN, null, null);
        String hash = validateAndHash(input);
        return store.transact(s -> {
            if (s.accounts().count() > 0) {
                throw new DomainException("error.account.adminExists");
            }
            return insert(s, input, hash, false, LoginName.normalise(loginName));
        });
    }

    /**
     * An account created by an administrator (re-read here, so a since-disabled or demoted
     * administrator is refused); its owner must change the password at first login.
     */
    public Account create(Account creator, String loginName, String displayName, String password, AccountRole role,
                          UUID scopeUnitId, UUID personId) {
        NewAccount input = new NewAccount(loginName, displayName, password, role, scopeUnitId, personId);
        return store.transact(s -> {
            Account admin = creator == null ? null : s.accounts().byId(creator.id()).orElse(null);
            if (admin == null || admin.disabled() || admin.role() != AccountRole.ADMIN) {
                throw new DomainException("error.account.adminOnly");
            }
            List<FieldError> errors = validate(input);
            errors.addAll(references(s, input));
            throwIfAny(errors);
            return insert(s, input, hasher.hash(password), true, admin.loginName());
        });
    }

    /**
     * The account when the password is right. Unknown name, wrong password, a disabled or locked
     * account all give {@code error.login.failed}, so the answer does not tell which names exist.
     */
    public Account authenticate(String loginName, String password) {
        Optional<Account> result = store.transact(s -> check(s, LoginName.normalise(loginName), password));
        // Thrown after the commit: the transaction must keep the failure count it wrote.
        return result.orElseThrow(() -> new DomainException(LOGIN_FAILED));
    }

    /** A new password for whoever knows the old one; a wrong old password counts as a failed login. */
    public Account changePassword(String loginName, String oldPassword, String newPassword) {
        String login = LoginName.normalise(loginName);
        throwIfAny(PasswordPolicy.check(login, newPassword));
        if (newPassword.equals(oldPassword)) {
            throw new ValidationException(List.of(FieldError.of("password", "validation.password.unchanged")));
        }
        String hash = hasher.hash(newPassword);
        Optional<Account> changed = store.transact(s -> check(s, login, oldPassword).map(a -> {
            Account saved = s.accounts().setPassword(a, hash);
            s.events().append(saved.loginName(), "account", saved.id(), "CHANGE_PASSWORD",
                    new EventPayload().put("loginName", saved.loginName()).toJson());
            return saved;
        }));
        return changed.orElseThrow(() -> new DomainException(LOGIN_FAILED));
    }

    /** One account, as stored now (an edit form starts from it). */
    public Optional<Account> find(UUID id) {
        return store.transact(s -> s.accounts().byId(id));
    }

    /**
     * An administrator changes who an account belongs to and what it may do. {@code revision} is
     * the one the administrator saw: a change made meanwhile gives {@code error.account.stale}.
     */
    public Account edit(Actor caller, UUID id, int revision, String displayName, AccountRole role,
                        UUID scopeUnitId, UUID personId) {
        return store.transact(s -> {
            requireAdmin(s, caller);
            Account current = current(s, id);
            NewAccount input = new NewAccount(current.loginName(), displayName, null, role, scopeUnitId, personId);
            List<FieldError> errors = new ArrayList<>(validateDetails(input));
            errors.addAll(references(s, input));
            throwIfAny(errors);
            if (current.role() == AccountRole.ADMIN && role != AccountRole.ADMIN) {
                requireAnotherAdmin(s, current);
            }
            Account saved = s.accounts().update(new Account(id, revision, current.loginName(),
                    displayName.strip(), role, scopeUnitId, personId, current.disabled(),
                    current.mustChangePassword(), current.failedAttempts(), current.lockedUntil(),
                    current.createdAt()));
            s.events().append(caller.name(), "account", id, "EDIT", new EventPayload()
                    .put("loginName", saved.loginName()).put("displayName", saved.displayName())
                    .put("role", saved.role()).put("scopeUnit", saved.scopeUnitId()).put("person", saved.personId())
                    .toJson());
            return saved;
        });
    }

    /** Disables an account (it can no longer log in, and stays named in the audit trail) or enables it again. */
    public Account setDisabled(Actor caller, UUID id, int revision, boolean disabled) {
        return store.transact(s -> {
            requireAdmin(s, caller);
            Account current = current(s, id);
            if (disabled && current.role() == AccountRole.ADMIN) {
                requireAnotherAdmin(s, current);
            }
            Account saved = s.accounts().update(new Account(id, revision, current.loginName(),
                    current.displayName(), current.role(), current.scopeUnitId(), current.personId(), disabled,
                    current.mustChangePassword(), current.failedAttempts(), current.lockedUntil(),
                    current.createdAt()));
            s.events().append(caller.name(), "account", id, disabled ? "DISABLE" : "ENABLE",
                    new EventPayload().put("loginName", saved.loginName()).toJson());
            return saved;
        });
    }

    /**
     * An administrator sets a new password for someone who forgot theirs: it also lifts a lockout,
     * and its owner must change it at the next login.
     */
    public Account resetPassword(Actor caller, UUID id, int revision, String newPassword) {
        Account target = find(id).orElseThrow(() -> new StaleRecordException("error.account.stale", "?"));
        throwIfAny(PasswordPolicy.check(target.loginName(), newPassword));
        String hash = hasher.hash(newPassword); // outside the transaction: the slow hash holds no lock
        return store.transact(s -> {
            requireAdmin(s, caller);
            Account current = current(s, id);
            Account saved = s.accounts().resetPassword(new Account(id, revision, current.loginName(),
                    current.displayName(), current.role(), current.scopeUnitId(), current.personId(),
                    current.disabled(), true, 0, null, current.createdAt()), hash);
            s.events().append(caller.name(), "account", id, "RESET_PASSWORD", new EventPayload()
                    .put("loginName", saved.loginName()).put("mustChangePassword", true).toJson());
            return saved;
        });
    }

    /**
     * The demo's logins and their one password, when this ledger holds the demo enterprise (the
     * login screen shows them); empty for a real ledger.
     */
    public Optional<DemoSignIn> demoSignIn() {
        return store.transact(s -> s.settings().get(DemoAccounts.SETTING))
                .map(logins -> new DemoSignIn(List.of(logins.split(",")), DemoAccounts.PASSWORD));
    }

    /** What the login screen of a demo ledger tells: whom to log in as, and with which password. */
    public record DemoSignIn(List<String> loginNames, String password) {
    }

    /** Re-reads the caller: a since-disabled or demoted administrator is refused. */
    private static Account requireAdmin(StoreSession s, Actor caller) {
        Account admin = caller == null || caller.accountId() == null ? null
                : s.accounts().byId(caller.accountId()).orElse(null);
        if (admin == null || admin.disabled() || admin.role() != AccountRole.ADMIN) {
            throw new DomainException("error.account.adminOnly");
        }
        return admin;
    }

    private static Account current(StoreSession s, UUID id) {
        return s.accounts().byId(id).orElseThrow(() -> new StaleRecordException("error.account.stale", "?"));
    }

    /** Nobody could manage accounts any more if the last enabled administrator went. */
    private static void requireAnotherAdmin(StoreSession s, Account leaving) {
        boolean another = s.accounts().all().stream().anyMatch(a -> !a.id().equals(leaving.id())
                && a.role() == AccountRole.ADMIN && !a.disabled());
        if (!another) {
            throw new DomainException("error.account.lastAdmin");
        }
    }

    /** Checks the password and keeps the failure count and lockout; empty when the login fails. */
    private Optional<Account> check(StoreSession s, String login, String password) {
        Optional<Account> found = login == null ? Optional.empty() : s.accounts().byLoginName(login);
        if (found.isEmpty() || password == null) {
            hasher.verifyNothing(password == null ? "" : password);
            return Optional.empty();
        }
        Account a = found.get();
        Instant now = s.clock().instant();
        if (a.disabled() || a.lockedAt(now)) {
            hasher.verifyNothing(password);
            return Optional.empty();
        }
        String stored = s.accounts().passwordHash(a.id()).orElseThrow();
        if (!hasher.verify(password, stored)) {
            recordFailure(s, a, now);
            return Optional.empty();
        }
        if (a.failedAttempts() > 0 || a.lockedUntil() != null) {
            s.accounts().setCounters(a.id(), 0, null);
        }
        if (hasher.needsRehash(stored)) {
            s.accounts().rehash(a.id(), hasher.hash(password));
        }
        return s.accounts().byId(a.id());
    }

    private static void recordFailure(StoreSession s, Account a, Instant now) {
        // A lockout that has run out starts the count afresh.
        int attempts = (a.lockedUntil() != null ? 0 : a.failedAttempts()) + 1;
        if (attempts < MAX_FAILED_ATTEMPTS) {
            s.accounts().setCounters(a.id(), attempts, null);
            return;
        }
        Instant until = now.plus(LOCKOUT);
        s.accounts().setCounters(a.id(), attempts, until);
        s.events().append(a.loginName(), "account", a.id(), "LOCK", new EventPayload()
                .put("loginName", a.loginName()).put("failedAttempts", attempts).put("lockedUntil", until).toJson());
    }

    private Account insert(StoreSession s, NewAccount in, String hash, boolean mustChange, String actorName) {
        return insertWithin(s, in, hash, mustChange, actorName);
    }

    /** Inserts inside the caller's transaction (the demo's accounts too); the input is already valid. */
    static Account insertWithin(StoreSession s, NewAccount in, String hash, boolean mustChange, String actorName) {
        if (s.accounts().byLoginName(LoginName.normalise(in.loginName)).isPresent()) {
            throw new ValidationException(List.of(FieldError.of("loginName", "validation.loginName.taken")));
        }
        Account a = new Account(s.newId(), 1, LoginName.normalise(in.loginName), in.displayName.strip(), in.role,
                in.scopeUnitId, in.personId, false, mustChange, 0, null, s.clock().instant());
        s.accounts().insert(a, hash);
        s.events().append(actorName, "account", a.id(), "ADD", new EventPayload()
                .put("loginName", a.loginName()).put("displayName", a.displayName()).put("role", a.role())
                .put("scopeUnit", a.scopeUnitId()).put("person", a.personId())
                .put("mustChangePassword", mustChange).toJson());
        return a;
    }

    /** Validates outside the transaction, then hashes: the slow hash holds no database lock. */
    private String validateAndHash(NewAccount input) {
        throwIfAny(validate(input));
        return hasher.hash(input.password);
    }

    static List<FieldError> validate(NewAccount in) {
        List<FieldError> errors = new ArrayList<>(LoginName.check(in.loginName));
        errors.addAll(validateDetails(in));
        errors.addAll(PasswordPolicy.check(LoginName.normalise(in.loginName), in.password));
        return errors;
    }

    /** The checks an edit shares with a new account: name, role, scope. */
    private static List<FieldError> validateDetails(NewAccount in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.displayName == null || in.displayName.isBlank()) {
            errors.add(FieldError.of("displayName", "validation.required"));
        } else if (in.displayName.strip().length() > 100) {
            errors.add(FieldError.of("displayName", "validation.tooLong", 100));
        }
        if (in.role == null) {
            errors.add(FieldError.of("role", "validation.required"));
        } else if (in.role == AccountRole.UNIT_HEAD && in.scopeUnitId == null) {
            errors.add(FieldError.of("scopeUnit", "validation.account.scopeRequired"));
        }
        return errors;
    }

    private static List<FieldError> references(StoreSession s, NewAccount in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.scopeUnitId != null && s.organisation().unit(in.scopeUnitId).isEmpty()) {
            errors.add(FieldError.of("scopeUnit", "validation.unit.unknown"));
        }
        if (in.personId != null && s.people().byId(in.personId).isEmpty()) {
            errors.add(FieldError.of("person", "validation.person.unknown"));
        }
        return errors;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** What a new account is made from, before it has an id. */
    record NewAccount(String loginName, String displayName, String password, AccountRole role,
                              UUID scopeUnitId, UUID personId) {
    }
}
