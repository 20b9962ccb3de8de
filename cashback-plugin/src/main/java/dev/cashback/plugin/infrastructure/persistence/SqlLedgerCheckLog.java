package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.application.ledger.LedgerCheckKind;
import dev.cashback.plugin.application.ledger.LedgerCheckLog;
import dev.cashback.plugin.application.ledger.LedgerCheckRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The ledger check's runs in {@code cb_ledger_check}, one row each, the violations kept one per
 * line. The latest is the last one written (the highest id), whatever the clock said.
 */
@ApplicationScoped
public class SqlLedgerCheckLog implements LedgerCheckLog {

  /** The widest the violations column is. */
  private static final int VIOLATIONS_WIDTH = 20_000;

  private static final String COLUMNS =
      "SELECT started_at, kind, duration_millis, high_water_mark, entries_examined,"
          + " accounts_examined, transactions_examined, violation_count, violations, ran_by"
          + " FROM cb_ledger_check";

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Override
  public void record(LedgerCheckRun run) {
    String violations = String.join("\n", run.violations());
    em.createNativeQuery(
            "INSERT INTO cb_ledger_check (started_at, kind, duration_millis, high_water_mark,"
                + " entries_examined, accounts_examined, transactions_examined, violation_count,"
                + " violations, ran_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .setParameter(1, run.startedAt())
        .setParameter(2, run.kind().name())
        .setParameter(3, run.durationMillis())
        .setParameter(4, run.highWaterMark())
        .setParameter(5, run.entriesExamined())
        .setParameter(6, run.accountsExamined())
        .setParameter(7, run.transactionsExamined())
        .setParameter(8, run.violationCount())
        .setParameter(9, violations.substring(0, Math.min(violations.length(), VIOLATIONS_WIDTH)))
        .setParameter(10, run.ranBy())
        .executeUpdate();
  }

  @Override
  public Optional<LedgerCheckRun> latest() {
    return first(COLUMNS + " ORDER BY id DESC");
  }

  @Override
  public Optional<LedgerCheckRun> latestSound() {
    return first(COLUMNS + " WHERE violation_count = 0 ORDER BY id DESC");
  }

  @SuppressWarnings("unchecked")
  private Optional<LedgerCheckRun> first(String sql) {
    List<Object[]> rows = em.createNativeQuery(sql).setMaxResults(1).getResultList();
    return rows.stream().findFirst().map(SqlLedgerCheckLog::run);
  }

  private static LedgerCheckRun run(Object[] row) {
    String violations = (String) row[8];
    return new LedgerCheckRun(
        SqlTimes.utc(row[0]),
        LedgerCheckKind.valueOf((String) row[1]),
        ((Number) row[2]).longValue(),
        ((Number) row[3]).longValue(),
        ((Number) row[4]).longValue(),
        ((Number) row[5]).longValue(),
        ((Number) row[6]).longValue(),
        ((Number) row[7]).intValue(),
        violations == null || violations.isEmpty() ? List.of() : List.of(violations.split("\n")),
        (String) row[9]);
  }
}
