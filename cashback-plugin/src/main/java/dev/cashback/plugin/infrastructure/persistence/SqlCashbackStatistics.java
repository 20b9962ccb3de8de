package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.accrual.CashbackStatistics;
import dev.cashback.plugin.domain.accrual.CashbackStatus;
import dev.cashback.plugin.domain.wallet.AccountKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Dashboard figures as aggregate SQL over the plugin's tables (portable to H2 and PostgreSQL). */
@ApplicationScoped
public class SqlCashbackStatistics implements CashbackStatistics {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Override
  @SuppressWarnings("unchecked")
  public List<StatusTotal> totalsByStatus() {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT status, currency, SUM(cashback_amount - reversed_amount), SUM(reversed_amount)"
                    + " FROM cb_transaction GROUP BY status, currency ORDER BY currency, status")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new StatusTotal(
                    CashbackStatus.valueOf((String) r[0]),
                    (String) r[1],
                    decimal(r[2]),
                    decimal(r[3])))
        .toList();
  }

  @Override
  public List<CurrencyAmount> liability() {
    return byCurrency(
        "SELECT currency, SUM(balance) FROM cb_account WHERE materialised = TRUE"
            + " GROUP BY currency ORDER BY currency");
  }

  @Override
  public List<CurrencyAmount> redeemed() {
    return platformTotal(AccountKind.REDEEMED);
  }

  @Override
  public List<CurrencyAmount> expired() {
    return platformTotal(AccountKind.EXPIRED);
  }

  @Override
  public List<CurrencyAmount> expiring(
      java.time.OffsetDateTime from, java.time.OffsetDateTime until) {
    return byCurrency(
        "SELECT currency, SUM(remaining) FROM cb_lot WHERE remaining > 0 AND expires_at > ?"
            + " AND expires_at <= ? GROUP BY currency ORDER BY currency",
        from,
        until);
  }

  @Override
  public List<CurrencyAmount> paidOut() {
    return platformTotal(AccountKind.PAID_OUT);
  }

  @Override
  public List<CurrencyAmount> donatedBy(String userId) {
    return byCurrency(
        "SELECT currency, SUM(donated_amount - donation_reversed) FROM cb_transaction"
            + " WHERE user_id = ? AND donated_amount > 0 GROUP BY currency ORDER BY currency",
        userId);
  }

  @Override
  public List<CurrencyAmount> donated() {
    return platformTotal(AccountKind.DONATION);
  }

  /** What a platform account (one without a stored balance) holds, from its entries. */
  private List<CurrencyAmount> platformTotal(AccountKind kind) {
    return byCurrency(
        "SELECT a.currency, SUM(e.amount) FROM cb_entry e JOIN cb_account a ON a.id = e.account_id"
            + " WHERE a.kind = '"
            + kind
            + "' GROUP BY a.currency ORDER BY a.currency");
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<DayAmount> grantedPerDay(LocalDate from, String currency) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT CAST(created_at AS DATE) AS granted_on, SUM(cashback_amount) FROM cb_transaction"
                    + " WHERE created_at >= ? AND currency = ? GROUP BY CAST(created_at AS DATE)"
                    + " ORDER BY granted_on")
            .setParameter(1, from.atStartOfDay().atOffset(ZoneOffset.UTC))
            .setParameter(2, currency)
            .getResultList();
    return rows.stream().map(r -> new DayAmount(day(r[0]), decimal(r[1]))).toList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<ProductAmount> topProducts(int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT product_title, MAX(product_image), currency, SUM(cashback_amount - reversed_amount),"
                    + " COUNT(*) FROM cb_transaction WHERE status <> 'DECLINED'"
                    + " GROUP BY product_title, currency ORDER BY 4 DESC")
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ProductAmount(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    decimal(r[3]),
                    ((Number) r[4]).longValue()))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<CurrencyAmount> byCurrency(String sql, Object... parameters) {
    jakarta.persistence.Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(r -> new CurrencyAmount((String) r[0], decimal(r[1]))).toList();
  }

  private static BigDecimal decimal(Object value) {
    return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
  }

  private static LocalDate day(Object value) {
    return value instanceof Date date
        ? date.toLocalDate()
        : LocalDate.parse(value.toString().substring(0, 10));
  }
}
