package org.hazardledger.exchange;

import org.hazardledger.model.ExchangeKeyEntry;

/** A bundle verified but not applied: its manifest (as JSON text, pretty-printed) and who signed it. */
public record BundleInspection(Manifest manifest, ExchangeKeyEntry signer, String manifestJson) {
}
