package org.hazardledger.service;

import java.util.UUID;

import org.hazardledger.model.Account;
import org.hazardledger.model.AccountRole;

/**
 * Who is acting: written on every audit event and record. A signed-in account carries its role and
 * the unit it answers for; a process without an account (the command line's {@code init}, a
 * migration) has no role and so may take no lifecycle action.
 *
 * @param name        the name written on records: "display name (login)"
 * @param role        the account's role, null for a process
 * @param accountId   the account, null for a process
 * @param scopeUnitId the unit a unit head or union member answers for; null = the whole enterprise
 */
public record Actor(String name, AccountRole role, UUID accountId, UUID scopeUnitId) {

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor name required");
        }
    }

    /** A process acting without an account. */
    public Actor(String name) {
        this(name, null, null, null);
    }

    public static Actor of(Account account) {
        return new Actor(account.displayName() + " (" + account.loginName() + ")", account.role(), account.id(),
                account.scopeUnitId());
    }
}
