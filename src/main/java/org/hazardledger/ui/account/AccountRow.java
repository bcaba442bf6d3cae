package org.hazardledger.ui.account;

import org.hazardledger.model.Account;

/** One line of the accounts table, in the words shown. */
public record AccountRow(Account account, String loginName, String displayName, String role, String scope,
                         String disabled, String locked) {
}
