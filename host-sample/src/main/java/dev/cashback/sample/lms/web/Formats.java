package dev.cashback.sample.lms.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Money and dates formatted for the viewer's locale. */
@Named
@ApplicationScoped
public class Formats {

  public String money(BigDecimal amount, String currency) {
    if (amount == null || currency == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale());
    format.setCurrency(Currency.getInstance(currency));
    String text = format.format(amount);
    // Isolated in right-to-left pages, so a Latin symbol keeps its order (US$, not $US).
    return Languages.rightToLeft(locale()) ? "\u2068" + text + "\u2069" : text;
  }

  public String dateTime(OffsetDateTime when) {
    return when == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale())
            .format(when);
  }

  public String date(Instant when) {
    return when == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(locale())
            .format(when.atOffset(ZoneOffset.UTC));
  }

  /**
   * A bundle text with one value, for attributes that cannot hold {@code h:outputFormat}: {@code
   * #{formats.text(lms['key'], value)}}.
   */
  public String text(String pattern, Object value) {
    return pattern == null ? "" : new MessageFormat(pattern, locale()).format(new Object[] {value});
  }

  /** A bundle text with two values; see {@link #text(String, Object)}. */
  public String text(String pattern, Object first, Object second) {
    return pattern == null
        ? ""
        : new MessageFormat(pattern, locale()).format(new Object[] {first, second});
  }

  private static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null ? Locale.getDefault() : context.getViewRoot().getLocale();
  }
}
