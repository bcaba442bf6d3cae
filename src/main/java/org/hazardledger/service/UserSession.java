package org.hazardledger.service;

import java.util.Objects;

/**
 * Who is signed in at this desk. One per open ledger (not a global): the services read it for each
 * use case, the login screen sets it. Until someone signs in, the process actor acts.
 */
public final class UserSession {

    private final Actor process;
    private volatile Actor current;

    public UserSession(Actor process) {
        this.process = Objects.requireNonNull(process, "process");
        this.current = process;
    }

    public Actor actor() {
        return current;
    }

    public boolean signedIn() {
        return current.accountId() != null;
    }

    public void signIn(Actor actor) {
        this.current = Objects.requireNonNull(actor, "actor");
    }

    public void signOut() {
        this.current = process;
    }
}
