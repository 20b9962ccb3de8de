package dev.cashback.plugin.infrastructure.intake;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The few SQL phrases that differ between PostgreSQL and the embedded H2. PostgreSQL gets the
 * concurrency-safe forms (ON CONFLICT, SKIP LOCKED) that several nodes rely on; H2 runs one node.
 */
@ApplicationScoped
public class DatabaseDialect {

  @Resource(lookup = "java:comp/env/jdbc/cashback")
  DataSource dataSource;

  private volatile Boolean postgres;

  public boolean isPostgres() {
    if (postgres == null) {
      try (Connection connection = dataSource.getConnection()) {
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
