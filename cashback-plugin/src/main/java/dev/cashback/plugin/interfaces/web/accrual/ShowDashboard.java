package dev.cashback.plugin.interfaces.web.accrual;

import dev.cashback.plugin.application.accrual.CashbackReports;
import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.application.shared.Jsons;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.domain.accrual.CashbackStatistics.CurrencyAmount;
import dev.cashback.plugin.domain.accrual.CashbackStatistics.DayAmount;
import dev.cashback.plugin.domain.accrual.CashbackStatistics.ProductAmount;
import dev.cashback.plugin.domain.accrual.CashbackStatistics.StatusTotal;
import dev.cashback.plugin.domain.accrual.CashbackStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The Cashback landing page: pending, confirmed, reversed and spent totals, what the platform owes
 * its learners, cashback granted per day and per week, and the top courses.
 */
@Named
@RequestScoped
public class ShowDashboard {

  private static final int DAYS = 30;
  private static final int WEEKS = 12;

  @Inject CashbackReports reports;
  @Inject CashbackConfig settings;
  @Inject TimeSource clock;

  private List<StatusTotal> totals;

  public List<StatusTotal> getTotals() {
    if (totals == null) {
      totals = reports.statistics().totalsByStatus();
    }
    return totals;
  }

  /** The currencies that have any cashback, for the cards; the first one is charted. */
  public List<String> getCurrencies() {
    return getTotals().stream().map(StatusTotal::currency).distinct().toList();
  }

  public BigDecimal outstanding(String currency, String status) {
    return sum(
        currency, t -> t.status() == CashbackStatus.valueOf(status) ? t.outstanding() : null);
  }

  public BigDecimal reversed(String currency) {
    return sum(currency, StatusTotal::reversed);
  }

  private BigDecimal sum(String currency, Function<StatusTotal, BigDecimal> pick) {
    return getTotals().stream()
        .filter(t -> t.currency().equals(currency))
        .map(pick)
        .filter(v -> v != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal liability(String currency) {
    return amountIn(reports.statistics().liability(), currency);
  }

  public BigDecimal redeemed(String currency) {
    return amountIn(reports.statistics().redeemed(), currency);
  }

  /** The cause learners' donations go to. */
  public String getCause() {
    return settings.donationCause();
  }

  public BigDecimal donated(String currency) {
    return amountIn(reports.statistics().donated(), currency);
  }

  /** What expired unspent in learners' wallets. */
  public BigDecimal expired(String currency) {
    return amountIn(reports.statistics().expired(), currency);
  }

  /** What is left in lots that expire within the next 30 days. */
  public BigDecimal expiringSoon(String currency) {
    OffsetDateTime now = clock.now();
    return amountIn(reports.statistics().expiring(now, now.plusDays(DAYS)), currency);
  }

  public BigDecimal paidOut(String currency) {
    return amountIn(reports.statistics().paidOut(), currency);
  }

  private static BigDecimal amountIn(List<CurrencyAmount> amounts, String currency) {
    return amounts.stream()
        .filter(a -> a.currency().equals(currency))
        .map(CurrencyAmount::amount)
        .findFirst()
        .orElse(BigDecimal.ZERO);
  }

  public List<ProductAmount> getTopProducts() {
    return reports.statistics().topProducts(5);
  }

  /** Chart.js configuration: cashback granted per day over the last 30 days. */
  public String getPerDayChart() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<LocalDate, BigDecimal> perDay = new TreeMap<>();
    for (int i = DAYS - 1; i >= 0; i--) {
      perDay.put(today.minusDays(i), BigDecimal.ZERO);
    }
    granted(today.minusDays(DAYS - 1))
        .forEach(d -> perDay.merge(d.day(), d.amount(), BigDecimal::add));
    return chart(
        "bar",
        "Cashback granted per day",
        perDay.keySet().stream().map(LocalDate::toString).toList(),
        List.copyOf(perDay.values()));
  }

  /** Chart.js configuration: cashback granted per ISO week over the last 12 weeks. */
  public String getPerWeekChart() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate from = today.minusWeeks(WEEKS - 1).with(java.time.DayOfWeek.MONDAY);
    Map<String, BigDecimal> perWeek = new TreeMap<>();
    for (LocalDate week = from; !week.isAfter(today); week = week.plus(1, ChronoUnit.WEEKS)) {
      perWeek.put(weekOf(week), BigDecimal.ZERO);
    }
    granted(from).forEach(d -> perWeek.merge(weekOf(d.day()), d.amount(), BigDecimal::add));
    return chart(
        "line",
        "Cashback granted per week",
        List.copyOf(perWeek.keySet()),
        List.copyOf(perWeek.values()));
  }

  private List<DayAmount> granted(LocalDate from) {
    List<String> currencies = getCurrencies();
    return currencies.isEmpty()
        ? List.of()
        : reports.statistics().grantedPerDay(from, currencies.get(0));
  }

  private static String weekOf(LocalDate day) {
    return day.get(IsoFields.WEEK_BASED_YEAR)
        + "-W"
        + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static String chart(
      String type, String label, List<String> labels, List<BigDecimal> values) {
    JsonArrayBuilder xs = Jsons.array();
    labels.forEach(xs::add);
    JsonArrayBuilder ys = Jsons.array();
    values.forEach(ys::add);
    return Jsons.object()
        .add("type", type)
        .add(
            "data",
            Jsons.object()
                .add("labels", xs)
                .add(
                    "datasets",
                    Jsons.array()
                        .add(
                            Jsons.object()
                                .add("label", label)
                                .add("data", ys)
                                .add("backgroundColor", "rgba(30, 111, 217, 0.6)")
                                .add("borderColor", "rgb(30, 111, 217)"))))
        .add(
            "options",
            Jsons.object()
                .add("responsive", true)
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add("plugins", Jsons.object().add("legend", Jsons.object().add("display", false))))
        .build()
        .toString();
  }
}
