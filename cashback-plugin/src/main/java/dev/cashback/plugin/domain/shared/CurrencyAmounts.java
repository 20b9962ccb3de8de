package dev.cashback.plugin.domain.shared;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Amounts set per currency in configuration, written {@code USD 100.00, EUR 100.00, JPY 15000}. A
 * bare number cannot say which currency it means (100 would be a lot of KWD and little JPY), so
 * every amount names its currency, and a currency without one has none.
 */
public final class CurrencyAmounts {

  private final Map<String, Money> amounts;

  private CurrencyAmounts(Map<String, Money> amounts) {
    this.amounts = Collections.unmodifiableMap(amounts);
  }

  public static CurrencyAmounts none() {
    return new CurrencyAmounts(Map.of());
  }

  /**
   * Reads comma-separated {@code CURRENCY amount} pairs; blank means none.
   *
   * @throws IllegalArgumentException naming the first entry that is not a currency code and an
   *     amount of zero or more, or a currency given twice
   */
  public static CurrencyAmounts parse(String text) {
    if (text == null || text.isBlank()) {
      return none();
    }
    Map<String, Money> amounts = new LinkedHashMap<>();
    for (String entry : text.split(",")) {
      Money amount = amount(entry.strip());
      if (amounts.put(amount.currencyCode(), amount) != null) {
        throw new IllegalArgumentException(amount.currencyCode() + " is given more than once.");
      }
    }
    return new CurrencyAmounts(amounts);
  }

  private static Money amount(String entry) {
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

  /** The amount of one currency, if one is set. */
  public Optional<Money> of(String currency) {
    return Optional.ofNullable(amounts.get(currency));
  }

  public Collection<Money> all() {
    return amounts.values();
  }

  @Override
  public String toString() {
    return amounts.values().toString();
  }
}
