package dev.cashback.sample.lms.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
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
    return format.format(amount);
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

  private static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null ? Locale.getDefault() : context.getViewRoot().getLocale();
  }
}
