package org.hazardledger.exchange;

import java.nio.file.Path;
import java.time.Clock;
import org.hazardledger.service.ExchangeKeyService;
import org.hazardledger.service.ExchangeRecordsService;
import org.hazardledger.service.FederationService;

/** Everything the exchange with the federation needs, wired over one open ledger. */
public record ExchangeDesk(KeyRing keys, ExchangeService bundles, ExchangeRecordsService records,
        ExchangeKeyService keyRows, FederationService federation) {

    public static ExchangeDesk over(ExchangeRecordsService records, ExchangeKeyService keyRows,
            FederationService federation, Path dataDir, Clock clock) {
        KeyRing keys = new KeyRing(dataDir, keyRows, records, clock);
        return new ExchangeDesk(keys, new ExchangeService(dataDir, keys, records, federation, clock), records,
                keyRows, federation);
    }
}
