package dev.cashback.plugin.domain.referral;

import dev.cashback.plugin.domain.shared.Money;

/**
 * The programme: a referee whose confirmed purchases reach {@code qualifyingAmount} within {@code
 * qualifyingDays} of signing up earns {@code joiningBonus}, and their referrer {@code
 * referrerBonus}; all in the same currency.
 */
public record ReferralTerms(
    Money qualifyingAmount, int qualifyingDays, Money joiningBonus, Money referrerBonus) {

  public ReferralTerms {
    if (!qualifyingAmount.currency().equals(joiningBonus.currency())
        || !qualifyingAmount.currency().equals(referrerBonus.currency())) {
      throw new IllegalArgumentException("The referral amounts must share one currency.");
    }
    if (qualifyingDays < 1
        || qualifyingAmount.amount().signum() < 0
        || joiningBonus.amount().signum() < 0
        || referrerBonus.amount().signum() < 0) {
      throw new IllegalArgumentException(
          "The referral days must be at least 1 and its amounts zero or more.");
    }
  }
}
