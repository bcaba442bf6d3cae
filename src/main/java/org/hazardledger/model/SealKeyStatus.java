package org.hazardledger.model;

import java.time.Instant;

/**
 * What the reports page needs to know about the seal key, for the signed-in account.
 *
 * @param present    an active key exists (identities can be registered)
 * @param holderName the holder's display name, null when there is no active key
 * @param createdAt  when the active key was made, null when there is none
 * @param heldByMe   the signed-in account holds the active key (may rotate it and unseal)
 * @param mayCreate  the signed-in account may create a key now (an enterprise union account, no active key)
 * @param retired    how many retired keys the ledger keeps
 */
public record SealKeyStatus(boolean present, String holderName, Instant createdAt, boolean heldByMe,
                            boolean mayCreate, int retired) {
}
