package org.hazardledger.service;

/**
 * The window's view of where its ledger lives: {@code location} is the open ledger's folder, or its
 * server and user when {@code onServer}; {@code settings} is the store this desk opens at the next
 * start; {@code connections} tries a server before the desk is switched to it.
 */
public record DeskDatabase(String location, boolean onServer, DeskSettings settings,
                           DatabaseConnections connections) {
}
