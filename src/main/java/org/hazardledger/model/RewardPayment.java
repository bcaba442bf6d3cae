package org.hazardledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A reward paid: when, how much, how (cash, bank transfer…) and the voucher number.
 */
public record RewardPayment(LocalDate paidOn, BigDecimal amount, String method, String voucherNo) {

    public static final String PAID_ON = "paidOn";
    public static final String AMOUNT = "paidAmount";
    public static final String METHOD = "method";
    public static final String VOUCHER = "voucherNo";
}
