package dev.cashback.plugin.domain.payout;

import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The payout amounts above which a second, different admin must approve, one per currency, written
 * as {@code USD 100.00, EUR 100.00, JPY 15000}. A bare number cannot say which currency it means
 * (100 would let 100 KWD through with one admin and hold 101 JPY for two), so every threshold names
 * its currency, and a payout in a currency without one always needs two admins.
 */
public final class SecondApprovalThresholds {

  private final Map<String, Money> above;

  private SecondApprovalThresholds(Map<String, Money> above) {
    this.above = Collections.unmodifiableMap(above);
  }

  /** No thresholds: every payout needs two admins. */
  public static SecondApprovalThresholds none() {
    return new SecondApprovalThresholds(Map.of());
  }

  /**
   * Reads comma-separated {@code CURRENCY amount} pairs; blank means none.
   *
   * @throws IllegalArgumentException naming the first entry that is not a currency code and an
   *     amount of zero or more, or a currency given twice
   */
  public static SecondApprovalThresholds parse(String text) {
    if (text == null || text.isBlank()) {
      return none();
    }
    Map<String, Money> above = new LinkedHashMap<>();
    for (String entry : text.split(",")) {
      Money threshold = threshold(entry.strip());
      if (above.put(threshold.currencyCode(), threshold) != null) {
        throw new IllegalArgumentException(threshold.currencyCode() + " is given more than once.");
      }
    }
    return new SecondApprovalThresholds(above);
  }

  private static Money threshold(String entry) {
    String[] parts = entry.split("\\s+");
    String currency = parts[0].toUpperCase(Locale.ROOT);
    String example = " Write each as a currency code and an amount, e.g. USD 100.00.";
    if (parts.length != 2 || !Money.isCurrency(currency)) {
      throw new IllegalArgumentException("'" + entry + "' names no currency." + example);
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(parts[1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + entry + "' has no amount." + example);
    }
    if (amount.signum() < 0 || !Money.isStorable(amount)) {
      throw new IllegalArgumentException("'" + entry + "' is not an amount of zero or more.");
    }
    return Money.of(amount, currency);
  }

  /** Whether this payout needs a second admin: above its currency's threshold, or none is set. */
  public boolean needsTwoApprovals(Money payout) {
    Money limit = above.get(payout.currencyCode());
    return limit == null || payout.compareTo(limit) > 0;
  }

  /** The threshold of one currency, if one is configured. */
  public Optional<Money> thresholdFor(String currency) {
    return Optional.ofNullable(above.get(currency));
  }

  @Override
  public String toString() {
    return above.values().toString();
  }
}
