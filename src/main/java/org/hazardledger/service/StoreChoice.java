package org.hazardledger.service;

import org.hazardledger.model.DatabaseServer;

/**
 * Which store this desk opens at start: the embedded ledger in the data folder ({@link #EMBEDDED}),
 * or a PostgreSQL server by its address and user. Never a password: that is asked for at each start.
 */
public record StoreChoice(String url, String user) {

    public static final StoreChoice EMBEDDED = new StoreChoice(null, null);

    /**
     * Checks a server's address and user as {@link DatabaseServer} does (error.server.url,
     * error.server.user); both null is the embedded ledger.
     */
    public StoreChoice {
        if (url != null || user != null) {
            DatabaseServer checked = new DatabaseServer(url == null ? "" : url.strip(),
                    user == null ? "" : user.strip(), null);
            url = checked.url();
            user = checked.user();
        }
    }

    public static StoreChoice server(String url, String user) {
        return new StoreChoice(url == null ? "" : url, user == null ? "" : user);
    }

    public boolean onServer() {
        return url != null;
    }

    /** The server with the password typed for this start only. */
    public DatabaseServer withPassword(String password) {
        if (!onServer()) {
            throw new IllegalStateException("the embedded ledger has no server");
        }
        return new DatabaseServer(url, user, password);
    }

    /** "postgresql://host:5432/ledger (user)" for a server. */
    public String describe() {
        return onServer() ? withPassword("").describe() : "";
    }
}
