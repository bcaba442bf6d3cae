package org.hazardledger.model;

import java.util.UUID;

/** This ledger as the exchange knows it: its id (in its key's user ID), its role and its name. */
public record Installation(UUID id, InstallationRole role, String name) {
}
