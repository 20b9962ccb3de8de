package dev.cashback.plugin.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency. Immutable; {@code equals} agrees with {@code compareTo} (2.50 USD
 * equals 2.5 USD). Arithmetic keeps full precision; {@link #roundDownToMinorUnit()} is the one
 * rounding rule of the product: cashback is rounded down to the currency's minor unit, so the
 * platform never pays out a fraction more than a rule grants.
 */
public final class Money implements Comparable<Money> {

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = Objects.requireNonNull(amount, "amount");
    this.currency = Objects.requireNonNull(currency, "currency");
    if (currency.getDefaultFractionDigits() < 0) {
      throw new IllegalArgumentException(
          "currency " + currency.getCurrencyCode() + " has no minor unit and cannot hold money");
    }
  }

  /**
   * Whether an amount fits what the plugin stores (15 digits before the point, 4 after): larger or
   * finer amounts are refused as input rather than overflowing or being silently rounded.
   */
  public static boolean isStorable(BigDecimal amount) {
    return amount != null
        && amount.stripTrailingZeros().scale() <= 4
        && amount.precision() - amount.scale() <= 15;
  }

  /** Whether the code names a currency that can hold money (ISO 4217, with a minor unit). */
  public static boolean isCurrency(String code) {
    try {
      return code != null && Currency.getInstance(code).getDefaultFractionDigits() >= 0;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  public static Money of(BigDecimal amount, String currencyCode) {
    return new Money(amount, Currency.getInstance(currencyCode));
  }

  public static Money of(String amount, String currencyCode) {
    return of(new BigDecimal(amount), currencyCode);
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public BigDecimal amount() {
    return amount;
  }

  public Currency currency() {
    return currency;
  }

  public String currencyCode() {
    return currency.getCurrencyCode();
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  /** This amount times {@code percent}/100, at full precision. */
  public Money percent(BigDecimal percent) {
    return new Money(amount.multiply(percent).movePointLeft(2), currency);
  }

  /**
   * This amount times {@code part / whole}, kept to 20 decimal places (truncated), for shares that
   * are rounded once afterwards.
   */
  public Money proportion(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      throw new IllegalArgumentException("cannot take a share of a whole of zero");
    }
    return new Money(amount.multiply(part).divide(whole, 20, RoundingMode.DOWN), currency);
  }

  /** The product's single rounding rule: down (towards zero) to the currency's minor unit. */
  public Money roundDownToMinorUnit() {
    return new Money(
        amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.DOWN), currency);
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  private Money sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
    }
    return other;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other
        && currency.equals(other.currency)
        && amount.compareTo(other.amount) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount.stripTrailingZeros(), currency);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
