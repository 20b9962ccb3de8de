package dev.cashback.plugin.api;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One payout to make.
 *
 * @param details what the learner gave for the method (field name to value, e.g. PAYPAL_EMAIL)
 * @param reference the admin's reference, when they paid it themselves (manual payouts)
 */
public record PayoutInstruction(
    long payoutId,
    String userId,
    String methodType,
    BigDecimal amount,
    String currency,
    Map<String, String> details,
    String reference) {

  public PayoutInstruction {
    details = Map.copyOf(details);
  }
}
