package dev.cashback.plugin.application.intake;

import dev.cashback.plugin.api.Buyer;
import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A purchase posted by a host outside the JVM: the fields of {@link PurchaseCompleted} plus the
 * {@code total} the buyer paid, which the items must add up to, so a truncated or mistyped order is
 * refused rather than granted on.
 */
public record PostedPurchase(
    String purchaseId,
    Buyer buyer,
    List<PurchaseItem> items,
    String currency,
    Instant occurredAt,
    BigDecimal total) {

  public PurchaseCompleted toEvent() {
    return new PurchaseCompleted(purchaseId, buyer, items, currency, occurredAt);
  }
}
