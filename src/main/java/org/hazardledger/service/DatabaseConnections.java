package org.hazardledger.service;

import org.hazardledger.model.DatabaseServer;
import org.hazardledger.store.LedgerDatabase;

/** Tries a PostgreSQL server before a desk is switched to it (the settings page's 测试连接). */
@FunctionalInterface
public interface DatabaseConnections {

    /**
     * Connects once, opening no ledger there, and returns the server's version ("PostgreSQL 15.8");
     * throws a DomainException saying what is wrong (error.server.unreachable, password, database, version, open).
     */
    String test(DatabaseServer server);

    /** The real thing: a connection to the server named. */
    static DatabaseConnections toServers() {
        return LedgerDatabase::probe;
    }
}
