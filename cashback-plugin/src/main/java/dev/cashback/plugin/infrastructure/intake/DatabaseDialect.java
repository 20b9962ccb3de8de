package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.infrastructure.config.CashbackDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;

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
      try (Connection connection = dataSource.get().getConnection()) {
        postgres =
            connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot reach the cashback datasource", e);
      }
    }
    return postgres;
  }

  /** Inserts a row unless one with the same key exists; never fails on a duplicate key. */
  public String insertIfAbsent(String table, String keyColumn, String... columns) {
    String names = keyColumn + ", " + String.join(", ", columns);
    String marks = "?" + ", ?".repeat(columns.length);
    if (isPostgres()) {
      return "INSERT INTO "
          + table
          + " ("
          + names
          + ") VALUES ("
          + marks
          + ")"
          + " ON CONFLICT ("
          + keyColumn
          + ") DO NOTHING";
    }
    return "INSERT INTO "
        + table
        + " ("
        + names
        + ") SELECT "
        + marks
        + " WHERE NOT EXISTS (SELECT 1 FROM "
        + table
        + " WHERE "
        + keyColumn
        + " = ?)";
  }

  /** Row lock for a claim: rows another node holds are skipped, not waited for. */
  public String lockSkippingLocked() {
    return isPostgres() ? " FOR UPDATE SKIP LOCKED" : " FOR UPDATE";
  }
}
