package dev.cashback.plugin.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The cashback one purchase earned, for the host's receipts and payment history.
 *
 * @param availableFrom when pending cashback becomes available, if it is still pending
 */
public record PurchaseCashback(
    String purchaseId,
    BigDecimal amount,
    String currency,
    CashbackStatusView status,
    Instant availableFrom) {}
