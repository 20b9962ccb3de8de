package dev.cashback.plugin.api;

import java.math.BigDecimal;

/** The part of one purchased item that was refunded, as money paid back to the buyer. */
public record RefundedItem(String targetId, BigDecimal amount) {

  public RefundedItem {
    Require.text(targetId, "targetId");
    Require.notNegative(amount, "amount");
  }
}
