package dev.cashback.plugin.application.shared;

import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Money as a reader of a language writes it ({@code $1,234.50}, {@code 1.234,50 US$}, {@code
 * ١٬٢٣٤٫٥٠ US$}), for pages and e-mails alike: to the currency's minor unit and rounded down, the
 * rounding rule of every cashback amount, so a reader never sees more than there is.
 */
public final class MoneyFormat {

  private static final char FIRST_STRONG_ISOLATE = '\u2068';
  private static final char POP_ISOLATE = '\u2069';

  /** Formats kept, at most: languages come from requests, so their number is not ours to bound. */
  private static final KeptValues<Key, NumberFormat> FORMATS =
      new KeptValues<>(1_000, MoneyFormat::currencyFormat);

  private record Key(Locale locale, String currency) {}

  private MoneyFormat() {}

  public static String of(Money money, Locale locale) {
    return money == null ? "" : of(money.amount(), money.currencyCode(), locale);
  }

  public static String of(BigDecimal amount, String currency, Locale locale) {
    if (amount == null || currency == null) {
      return "";
    }
    String text = format(locale, currency).format(amount);
    // In right-to-left text a Latin symbol such as US$ would come apart ($US): the amount is
    // isolated, laid out by its own first strong letter, whatever surrounds it.
    return rightToLeft(locale) ? FIRST_STRONG_ISOLATE + text + POP_ISOLATE : text;
  }

  /**
   * A format of the caller's own: a copy of the one kept for the language and currency. Building
   * one from the locale's data took most of an e-mail's rendering; a copy is cheap, and a format is
   * not safe to share between threads.
   */
  private static NumberFormat format(Locale locale, String currency) {
    return (NumberFormat) FORMATS.get(new Key(locale, currency)).clone();
  }

  private static NumberFormat currencyFormat(Key key) {
    NumberFormat format = NumberFormat.getCurrencyInstance(key.locale());
    Currency unit = Currency.getInstance(key.currency());
    format.setCurrency(unit);
    format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
    format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
    format.setRoundingMode(RoundingMode.DOWN);
    return format;
  }

  /** Whether text in this language runs right to left. */
  public static boolean rightToLeft(Locale locale) {
    return switch (locale.getLanguage()) {
      case "ar", "fa", "he", "ur" -> true;
      default -> false;
    };
  }
}
