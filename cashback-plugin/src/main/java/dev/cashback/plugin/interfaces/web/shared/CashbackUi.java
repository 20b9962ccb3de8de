package dev.cashback.plugin.interfaces.web.shared;

import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.application.shared.ConfigKeys;
import dev.cashback.plugin.application.shared.MoneyFormat;
import dev.cashback.plugin.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What every plugin page shares: the host template it renders inside, money and date formats. */
@Named
@ApplicationScoped
public class CashbackUi {

  @Inject
  @ConfigProperty(name = ConfigKeys.HOST_TEMPLATE, defaultValue = ConfigKeys.HOST_TEMPLATE_DEFAULT)
  String hostTemplate;

  @Inject CashbackConfig settings;

  public String getHostTemplate() {
    return hostTemplate;
  }

  /** An amount in its currency, formatted for the viewer's locale (e.g. "$1,234.50"). */
  public String money(BigDecimal amount, String currency) {
    return MoneyFormat.of(amount, currency, locale());
  }

  /** An amount to the currency's minor unit, without symbol or grouping, for exports. */
  public String plain(BigDecimal amount, String currency) {
    BigDecimal scaled = scaled(amount, currency);
    return scaled == null ? "" : scaled.toPlainString();
  }

  /** An amount to the currency's minor unit, as a number for exports; null when there is none. */
  public BigDecimal scaled(BigDecimal amount, String currency) {
    if (amount == null || currency == null) {
      return null;
    }
    return amount.setScale(
        Currency.getInstance(currency).getDefaultFractionDigits(), java.math.RoundingMode.DOWN);
  }

  public BigDecimal scaled(Money money) {
    return money == null ? null : scaled(money.amount(), money.currencyCode());
  }

  public String money(Money money) {
    return money == null ? "" : money(money.amount(), money.currencyCode());
  }

  /** A date and time in the plugin's time zone, formatted for the viewer's locale. */
  public String dateTime(OffsetDateTime when) {
    if (when == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale())
        .format(when.atZoneSameInstant(settings.zone()));
  }

  public String date(OffsetDateTime when) {
    if (when == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(locale())
        .format(when.atZoneSameInstant(settings.zone()));
  }

  private static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null ? Locale.getDefault() : context.getViewRoot().getLocale();
  }
}
