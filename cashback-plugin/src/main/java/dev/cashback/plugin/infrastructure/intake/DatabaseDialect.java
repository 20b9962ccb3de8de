package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.infrastructure.config.CashbackDataSource;
import dev.cashback.plugin.infrastructure.migration.CashbackSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;

/**
 * The few SQL phrases that differ between PostgreSQL and the embedded H2. PostgreSQL gets the
 * concurrency-safe forms (ON CONFLICT, SKIP LOCKED) that several nodes rely on; H2 runs one node.
 */
@ApplicationScoped
public class DatabaseDialect {

  @Inject CashbackDataSource dataSource;

  private volatile Boolean postgres;

  public boolean isPostgres() {
    if (postgres == null) {
      postgres = "postgresql".equals(CashbackSchema.vendorOf(dataSource.get()));
    }
    return postgres;
  }

  /**
   * Inserts a row unless one with the same key exists; never fails on a duplicate key. Bind the key
   * values, then the other columns; on H2 bind the key values once more at the end.
   */
  public String insertIfAbsent(String table, List<String> keys, String... columns) {
    return insertIfAbsent(table, keys, 1, columns);
  }

  /**
   * The same for {@code rows} rows in one statement, bound row after row; on PostgreSQL only (H2
   * takes one row per statement).
   */
  public String insertIfAbsent(String table, List<String> keys, int rows, String... columns) {
    String names = String.join(", ", keys) + ", " + String.join(", ", columns);
    String marks = "?" + ", ?".repeat(keys.size() + columns.length - 1);
    if (isPostgres()) {
      return "INSERT INTO "
          + table
          + " ("
          + names
          + ") VALUES "
          + String.join(", ", Collections.nCopies(rows, "(" + marks + ")"))
          + " ON CONFLICT ("
          + String.join(", ", keys)
          + ") DO NOTHING";
    }
    if (rows != 1) {
      throw new IllegalArgumentException("One row per statement on this database, not " + rows);
    }
    String sameKey = String.join(" AND ", keys.stream().map(k -> k + " = ?").toList());
    return "INSERT INTO "
        + table
        + " ("
        + names
        + ") SELECT "
        + marks
        + " WHERE NOT EXISTS (SELECT 1 FROM "
        + table
        + " WHERE "
        + sameKey
        + ")";
  }

  /** The next value of a sequence. */
  public String nextValue(String sequence) {
    return isPostgres()
        ? "SELECT nextval('" + sequence + "')"
        : "SELECT NEXT VALUE FOR " + sequence;
  }

  /** Row lock for a claim: rows another node holds are skipped, not waited for. */
  public String lockSkippingLocked() {
    return isPostgres() ? " FOR UPDATE SKIP LOCKED" : " FOR UPDATE";
  }
}
