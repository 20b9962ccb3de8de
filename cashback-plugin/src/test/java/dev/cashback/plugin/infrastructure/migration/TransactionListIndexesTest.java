package dev.cashback.plugin.infrastructure.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The Transaction page's user-name filter on PostgreSQL: its row count (at most a thousand rows) is
 * answered from the index alone, so it costs the same at a thousand rows as at a million. Read from
 * the table instead, each matching row is a random page read (8 ms at a million rows).
 */
class TransactionListIndexesTest {

  /** The count the page runs for "lena" (FilteredQuery.countAtMost with the prefix filter). */
  private static final String USER_NAME_COUNT =
      "SELECT COUNT(*) FROM (SELECT 1 FROM cb_transaction t"
          + " WHERE (LOWER(t.user_name) LIKE ? ESCAPE '\\') LIMIT 1000) counted";

  @Test
  void userNameCount_isAnsweredFromTheIndexAlone() throws SQLException {
    TestSchemas.onEmptyPostgresSchema(TransactionListIndexesTest::assertIndexOnlyCount);
  }

  private static void assertIndexOnlyCount(DataSource dataSource) throws SQLException {
    assertThat(CashbackSchema.migrate(dataSource, false).success).isTrue();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO cb_transaction (id, purchase_id, line_no, user_id, user_name, item_type,"
              + " target_id, product_title, description, purchase_amount, base_amount,"
              + " cashback_amount, currency, rule_id, rule_version, rule_title, amount_type,"
              + " rule_amount, status, purchased_at, created_at, confirm_after, row_version,"
              + " reversed_amount, refunded_purchase_amount)"
              + " SELECT g, 'p-' || g, 1, 'learner-' || (g % 100),"
              + " CASE WHEN g % 50 = 7 THEN 'Lena Learner' ELSE 'Learner ' || (g % 100) END,"
              + " 'COURSE', 'course-1', 'Course 1', 'Rule', 10, 10, 1, 'USD', 0, 1, 'Rule',"
              + " 'PERCENTAGE', 10, 'PENDING', now(), now() - g * interval '1 minute',"
              + " now(), 0, 0, 0 FROM generate_series(1, 20000) g");
      // What autovacuum leaves on a table written to: the visibility map that index-only scans
      // rely on.
      s.execute("VACUUM ANALYZE cb_transaction");
      // Only index paths, so the test reads which index path the planner can take, not its costs.
      s.execute("SET enable_seqscan = off");
      s.execute("SET enable_bitmapscan = off");
      StringBuilder plan = new StringBuilder();
      try (PreparedStatement explain = c.prepareStatement("EXPLAIN " + USER_NAME_COUNT)) {
        explain.setString(1, "lena%");
        try (ResultSet rows = explain.executeQuery()) {
          while (rows.next()) {
            plan.append(rows.getString(1)).append('\n');
          }
        }
      }
      assertThat(plan.toString()).contains("Index Only Scan using cb_transaction_user_name");
      try (PreparedStatement count = c.prepareStatement(USER_NAME_COUNT)) {
        count.setString(1, "lena%");
        try (ResultSet rows = count.executeQuery()) {
          rows.next();
          assertThat(rows.getLong(1)).isEqualTo(400);
        }
      }
    }
  }
}
