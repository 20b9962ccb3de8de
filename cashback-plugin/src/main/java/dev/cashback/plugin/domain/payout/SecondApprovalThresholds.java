package dev.cashback.plugin.domain.payout;

import dev.cashback.plugin.domain.shared.CurrencyAmounts;
import dev.cashback.plugin.domain.shared.Money;
import java.util.Optional;

/**
 * The payout amounts above which a second, different admin must approve, one per currency, written
 * as {@code USD 100.00, EUR 100.00, JPY 15000}. A bare number cannot say which currency it means
 * (100 would let 100 KWD through with one admin and hold 101 JPY for two), so every threshold names
 * its currency, and a payout in a currency without one always needs two admins.
 */
public final class SecondApprovalThresholds {

  private final CurrencyAmounts above;

  private SecondApprovalThresholds(CurrencyAmounts above) {
    this.above = above;
  }

  /** No thresholds: every payout needs two admins. */
  public static SecondApprovalThresholds none() {
    return new SecondApprovalThresholds(CurrencyAmounts.none());
  }

  /**
   * Reads comma-separated {@code CURRENCY amount} pairs ({@link CurrencyAmounts}); blank means
   * none.
   *
   * @throws IllegalArgumentException naming the first entry that is not a currency code and an
   *     amount of zero or more, or a currency given twice
   */
  public static SecondApprovalThresholds parse(String text) {
    return new SecondApprovalThresholds(CurrencyAmounts.parse(text));
  }

  /** Whether this payout needs a second admin: above its currency's threshold, or none is set. */
  public boolean needsTwoApprovals(Money payout) {
    Optional<Money> limit = above.of(payout.currencyCode());
    return limit.isEmpty() || payout.compareTo(limit.get()) > 0;
  }

  /** The threshold of one currency, if one is configured. */
  public Optional<Money> thresholdFor(String currency) {
    return above.of(currency);
  }

  @Override
  public String toString() {
    return above.toString();
  }
}
