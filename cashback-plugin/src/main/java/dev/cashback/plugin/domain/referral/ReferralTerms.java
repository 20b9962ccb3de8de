package dev.cashback.plugin.domain.referral;

import dev.cashback.plugin.domain.shared.Money;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The programme: a referee whose confirmed purchases in one currency reach that currency's
 * qualifying amount within {@code qualifyingDays} of signing up earns its joining bonus, and their
 * referrer its referrer bonus. The main currency's amounts come first; {@code otherCurrencies}
 * holds those of each further currency, e.g. 50.00 USD or 5000 JPY, never converted.
 */
public record ReferralTerms(
    Money qualifyingAmount,
    int qualifyingDays,
    Money joiningBonus,
    Money referrerBonus,
    List<ReferralAmounts> otherCurrencies) {

  public ReferralTerms {
    if (qualifyingDays < 1) {
      throw new IllegalArgumentException(
          "The referral days must be at least 1 and its amounts zero or more.");
    }
    ReferralAmounts main = new ReferralAmounts(qualifyingAmount, joiningBonus, referrerBonus);
    otherCurrencies = List.copyOf(otherCurrencies);
    Set<String> seen = new HashSet<>(Set.of(main.currency()));
    for (ReferralAmounts other : otherCurrencies) {
      if (!seen.add(other.currency())) {
        throw new IllegalArgumentException(
            "The referral amounts name " + other.currency() + " more than once.");
      }
    }
  }

  /** Terms in one currency only. */
  public ReferralTerms(
      Money qualifyingAmount, int qualifyingDays, Money joiningBonus, Money referrerBonus) {
    this(qualifyingAmount, qualifyingDays, joiningBonus, referrerBonus, List.of());
  }

  /**
   * Reads further currencies' amounts written {@code JPY 5000/500/1000, BHD 20.000/2.000/4.000}
   * (qualifying amount / joining bonus / referrer bonus); blank means none.
   *
   * @throws IllegalArgumentException naming the first entry that cannot be read
   */
  public static List<ReferralAmounts> parseOtherCurrencies(String text) {
    List<ReferralAmounts> amounts = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return amounts;
    }
    String example = " Write each as a currency and three amounts, e.g. JPY 5000/500/1000.";
    for (String entry : text.split(",")) {
      String[] parts = entry.strip().split("\\s+");
      String currency = parts[0].toUpperCase(Locale.ROOT);
      String[] values = parts.length == 2 ? parts[1].split("/") : new String[0];
      if (!Money.isCurrency(currency) || values.length != 3) {
        throw new IllegalArgumentException("'" + entry.strip() + "' cannot be read." + example);
      }
      try {
        amounts.add(
            new ReferralAmounts(
                Money.of(values[0], currency),
                Money.of(values[1], currency),
                Money.of(values[2], currency)));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + entry.strip() + "' has no amounts." + example);
      }
    }
    return amounts;
  }
}
