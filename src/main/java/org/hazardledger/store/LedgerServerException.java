package org.hazardledger.store;

import java.net.ConnectException;
import java.sql.SQLException;
import org.hazardledger.model.DatabaseServer;
import org.hazardledger.model.DomainException;

/**
 * The ledger's PostgreSQL server could not be used: unreachable, the wrong password, no such
 * database, too old, or another reason the server gave. Says which, so the user knows what to fix.
 */
public class LedgerServerException extends DomainException {

    LedgerServerException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    private LedgerServerException(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }

    static LedgerServerException of(DatabaseServer server, Throwable e) {
        if (e instanceof LedgerServerException known) {
            return known;
        }
        String where = server.describe();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return new LedgerServerException(e, "error.server.unreachable", where);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("28")) { // invalid authorisation: user or password
                    return new LedgerServerException(e, "error.server.password", where, server.user());
                }
                if (state.equals("3D000")) { // invalid catalog name: no such database
                    return new LedgerServerException(e, "error.server.database", where);
                }
                if (state.startsWith("08")) { // connection exception
                    return new LedgerServerException(e, "error.server.unreachable", where);
                }
            }
        }
        return new LedgerServerException(e, "error.server.open", where, rootMessage(e));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
