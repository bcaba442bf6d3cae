package org.hazardledger.model;

import java.util.Objects;

/**
 * A ledger kept on a PostgreSQL server instead of the embedded file: its JDBC address, the user and
 * the password. The password is never shown or logged: {@link #toString()} leaves it out.
 */
public record DatabaseServer(String url, String user, String password) {

    public static final String URL_PREFIX = "jdbc:postgresql://";

    public DatabaseServer {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
        if (!url.startsWith(URL_PREFIX)) {
            throw new DomainException("error.server.url", url);
        }
        if (user.isBlank()) {
            throw new DomainException("error.server.user");
        }
    }

    /** The address and user, for messages and the title bar. */
    public String describe() {
        return url.substring("jdbc:".length()) + " (" + user + ")";
    }

    @Override
    public String toString() {
        return "DatabaseServer[" + describe() + "]";
    }
}
