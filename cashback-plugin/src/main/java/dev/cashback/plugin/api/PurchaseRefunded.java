package dev.cashback.plugin.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Fired by the host when a purchase is refunded, fully or in part. Either {@code items} names what
 * was refunded per item, or it is empty and {@code amount} is refunded across the purchase.
 * Delivering the same refund id again has no further effect.
 */
public record PurchaseRefunded(
    String refundId,
    String purchaseId,
    List<RefundedItem> items,
    BigDecimal amount,
    String currency,
    String reason,
    Instant occurredAt) {

  public PurchaseRefunded {
    Require.text(refundId, "refundId");
    Require.text(purchaseId, "purchaseId");
    items = items == null ? List.of() : List.copyOf(items);
    Require.notNegative(amount, "amount");
    Require.currency(currency);
    if (occurredAt == null) {
      throw new IllegalArgumentException("occurredAt is required");
    }
  }
}
