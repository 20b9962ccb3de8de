package dev.cashback.plugin.domain.accrual;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Figures for the admin's dashboard, computed by the database. */
public interface CashbackStatistics {

  /** Cashback still standing per status and currency, and what was reversed. */
  List<StatusTotal> totalsByStatus();

  /** What learners' balances hold (pending and available), per currency: the platform owes it. */
  List<CurrencyAmount> liability();

  /** What learners spent from their balance, per currency. */
  List<CurrencyAmount> redeemed();

  /** What expired unspent in learners' wallets, per currency. */
  List<CurrencyAmount> expired();

  /** What is left in lots that expire after {@code from} and by {@code until}, per currency. */
  List<CurrencyAmount> expiring(java.time.OffsetDateTime from, java.time.OffsetDateTime until);

  /** What was paid out to learners by payouts, per currency. */
  List<CurrencyAmount> paidOut();

  /** What one learner's confirmed cashback gave the cause, net of reversals, per currency. */
  List<CurrencyAmount> donatedBy(String userId);

  /** What learners donated, owed to the cause, per currency. */
  List<CurrencyAmount> donated();

  /** Cashback granted per day since {@code from} (UTC days), in one currency. */
  List<DayAmount> grantedPerDay(LocalDate from, String currency);

  /** The courses (products) that earned the most cashback. */
  List<ProductAmount> topProducts(int limit);

  record StatusTotal(
      CashbackStatus status, String currency, BigDecimal outstanding, BigDecimal reversed) {}

  record CurrencyAmount(String currency, BigDecimal amount) {}

  record DayAmount(LocalDate day, BigDecimal amount) {}

  record ProductAmount(
      String title, String image, String currency, BigDecimal amount, long count) {}
}
