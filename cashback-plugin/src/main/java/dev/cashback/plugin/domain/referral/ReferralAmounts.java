package dev.cashback.plugin.domain.referral;

import dev.cashback.plugin.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The referral programme's amounts in one currency: what the referee's confirmed purchases in it
 * must reach, and the two bonuses paid in it when they do. Purchases in one currency never count
 * towards another's amount.
 */
@Embeddable
public class ReferralAmounts {

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "qualifying_amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal qualifyingAmount;

  @Column(name = "joining_bonus", nullable = false, precision = 19, scale = 4)
  private BigDecimal joiningBonus;

  @Column(name = "referrer_bonus", nullable = false, precision = 19, scale = 4)
  private BigDecimal referrerBonus;

  protected ReferralAmounts() {}

  /**
   * @throws IllegalArgumentException when the amounts are not of one currency or one is negative
   */
  public ReferralAmounts(Money qualifying, Money joining, Money referrer) {
    if (!qualifying.currency().equals(joining.currency())
        || !qualifying.currency().equals(referrer.currency())) {
      throw new IllegalArgumentException("The referral amounts must share one currency.");
    }
    if (qualifying.amount().signum() < 0
        || joining.amount().signum() < 0
        || referrer.amount().signum() < 0) {
      throw new IllegalArgumentException("The referral amounts must be zero or more.");
    }
    this.currency = qualifying.currencyCode();
    this.qualifyingAmount = qualifying.amount();
    this.joiningBonus = joining.roundDownToMinorUnit().amount();
    this.referrerBonus = referrer.roundDownToMinorUnit().amount();
  }

  public String currency() {
    return currency;
  }

  public Money qualifying() {
    return Money.of(qualifyingAmount, currency);
  }

  public Money joining() {
    return Money.of(joiningBonus, currency);
  }

  public Money referrer() {
    return Money.of(referrerBonus, currency);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReferralAmounts that
        && currency.equals(that.currency)
        && qualifying().equals(that.qualifying())
        && joining().equals(that.joining())
        && referrer().equals(that.referrer());
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, qualifying(), joining(), referrer());
  }

  @Override
  public String toString() {
    return currency
        + " "
        + qualifyingAmount.toPlainString()
        + "/"
        + joiningBonus.toPlainString()
        + "/"
        + referrerBonus.toPlainString();
  }
}
