package dev.cashback.plugin.domain.accrual;

import dev.cashback.plugin.domain.shared.Money;

/**
 * What a reversal does to confirmed cashback the learner may already have spent. {@link #NEGATIVE}:
 * the available balance may go below zero and future cashback nets it off. {@link #AVAILABLE_ONLY}:
 * take what is available and record the rest as uncollected.
 */
public enum ClawbackPolicy {
  NEGATIVE,
  AVAILABLE_ONLY;

  /**
   * How much of {@code reversed} confirmed cashback is taken back from an available balance of
   * {@code available}; the rest, if any, is left uncollected.
   */
  public Money collectable(Money reversed, Money available) {
    if (this == NEGATIVE) {
      return reversed;
    }
    return available.isPositive() ? reversed.min(available) : Money.zero(reversed.currency());
  }

  /** Reads the configuration value ({@code negative} or {@code available-only}). */
  public static ClawbackPolicy of(String value) {
    return switch (value.strip().toLowerCase()) {
      case "negative" -> NEGATIVE;
      case "available-only" -> AVAILABLE_ONLY;
      default ->
          throw new IllegalArgumentException(
              "cashback.clawback-policy must be negative or available-only, not " + value);
    };
  }
}
