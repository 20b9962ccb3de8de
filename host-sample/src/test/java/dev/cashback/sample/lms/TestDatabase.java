package dev.cashback.sample.lms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;

/**
 * One-value reads and plain updates for in-container tests, straight on the platform's datasource
 * (so a test sees what is committed, not what a persistence context remembers).
 */
final class TestDatabase {

  private final DataSource dataSource;

  TestDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The first column of the first row, as {@code type}; fails when there is no row. */
  <T> T value(Class<T> type, String sql, Object... parameters) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = prepared(c, sql, parameters);
        ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        throw new AssertionError("no row for " + sql);
      }
      return r.getObject(1, type);
    }
  }

  /** A COUNT(*) or other whole number. */
  long number(String sql, Object... parameters) throws Exception {
    return value(Long.class, sql, parameters);
  }

  /**
   * Waits until the count is zero (what the background has still to do is done), 30 s at most;
   * fails if it is not.
   */
  void awaitNone(String countSql, Object... parameters) throws Exception {
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
    while (number(countSql, parameters) > 0 && java.time.Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    if (number(countSql, parameters) > 0) {
      throw new AssertionError("still not done after 30 s: " + countSql);
    }
  }

  int update(String sql, Object... parameters) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = prepared(c, sql, parameters)) {
      return s.executeUpdate();
    }
  }

  private static PreparedStatement prepared(Connection c, String sql, Object... parameters)
      throws Exception {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      s.setObject(i + 1, parameters[i]);
    }
    return s;
  }
}
