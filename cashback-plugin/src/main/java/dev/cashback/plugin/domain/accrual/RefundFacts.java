package dev.cashback.plugin.domain.accrual;

import dev.cashback.plugin.domain.shared.Money;
import java.util.List;

/**
 * A host refund as the plugin needs it: per refunded item (by target id) what was paid back, or,
 * with no items, an amount refunded across the whole purchase of {@code purchaseTotal}.
 */
public record RefundFacts(
    String refundId,
    String purchaseId,
    List<Item> items,
    Money amount,
    Money purchaseTotal,
    String reason) {

  public RefundFacts {
    items = List.copyOf(items);
  }

  /** What was paid back on one purchased item. */
  public record Item(String targetId, Money amount) {}
}
