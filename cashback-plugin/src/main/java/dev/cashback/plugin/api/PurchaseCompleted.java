package dev.cashback.plugin.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Fired by the host, synchronously and inside the purchase's own transaction, once a purchase is
 * paid. The plugin records it durably in that transaction and grants cashback after the transaction
 * commits; a failure in the plugin never fails the host's checkout. Delivering the same purchase id
 * again has no further effect.
 */
public record PurchaseCompleted(
    String purchaseId, Buyer buyer, List<PurchaseItem> items, String currency, Instant occurredAt)
    implements Serializable {

  public PurchaseCompleted {
    Require.text(purchaseId, "purchaseId");
    if (buyer == null) {
      throw new IllegalArgumentException("buyer is required");
    }
    items = Require.notEmpty(items, "items");
    Require.currency(currency);
    if (occurredAt == null) {
      throw new IllegalArgumentException("occurredAt is required");
    }
  }
}
