package org.hazardledger.model;

import java.util.UUID;

/** The enterprise whose ledger this is. */
public record Enterprise(UUID id, String name, String shortName, Industry industry, String creditCode) {
}
