package dev.cashback.plugin.infrastructure.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V16 on a database holding cashback in the old shape, where grants outside the rules borrowed
 * stand-in rule ids (-1 for a referral bonus, -1000000000 - network id for a network's conversion
 * or an approved claim, the demo network's id being -1): each row gets its source and its
 * reference, the stand-in goes, and the new constraints hold. On H2 always, and on PostgreSQL when
 * the test database is configured.
 */
class CashbackSourceMigrationTest {

  @Test
  void v16_onH2_givesOldRowsTheirSource() throws SQLException {
    assertMigratesOldRows(TestSchemas.emptyH2());
  }

  @Test
  void v16_onPostgres_givesOldRowsTheirSource() throws SQLException {
    TestSchemas.onEmptyPostgresSchema(CashbackSourceMigrationTest::assertMigratesOldRows);
  }

  private static void assertMigratesOldRows(DataSource db) throws SQLException {
    assertThat(flyway(db, "15").migrate().success).isTrue();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO cb_network (id, code, name, postback_secret, confirm_days,"
              + " user_share_percent, enabled, row_version)"
              + " VALUES (50, 'shops', 'Shops', 'secret', 30, 80, TRUE, 1)");
      s.execute(
          "INSERT INTO cb_network (id, code, name, postback_secret, confirm_days,"
              + " user_share_percent, enabled, row_version)"
              + " VALUES (-1, 'demo-network', 'Demo', 'secret', 30, 80, TRUE, 1)");
      s.execute(
          "INSERT INTO cb_click (click_id, user_id, user_name, network_id, store_id, store_name,"
              + " merchant_url, share_percent, confirm_days, clicked_at)"
              + " VALUES ('click-1', 'lena', 'Lena', 50, 'store', 'Store', 'https://shop', 80,"
              + " 30, CURRENT_TIMESTAMP)");
      s.execute(
          "INSERT INTO cb_signup (user_id, email_key, signed_up_at)"
              + " VALUES ('rita', 'rita@example.org', CURRENT_TIMESTAMP)");
      s.execute(
          "INSERT INTO cb_referral (referee_id, referrer_id, code, joined_at, qualify_until,"
              + " qualifying_amount, currency, joining_bonus, referrer_bonus, status,"
              + " row_version) VALUES ('rita', 'lena', 'LENA', CURRENT_TIMESTAMP,"
              + " CURRENT_TIMESTAMP, 50, 'USD', 5, 10, 'REWARDED', 1)");
      insertOldRow(c, 100, "purchase-1", 1, 7);
      insertOldRow(c, 101, "purchase-1", 1, 8);
      insertOldRow(c, 102, "network:shops:order-1", 1, -1_000_000_050L);
      insertOldRow(c, 103, "network:shops:order-2", 1, -1_000_000_050L);
      insertOldRow(c, 104, "referral:rita", 1, -1);
      insertOldRow(c, 110, "network:demo-network:order-3", 1, -999_999_999L);
      insertOldRow(c, 105, "referral:rita", 2, -1);
      s.execute(
          "INSERT INTO cb_claim (id, click_id, user_id, network_id, order_id, order_amount,"
              + " currency, status, transaction_id, created_at, row_version)"
              + " VALUES (50, 'click-1', 'lena', 50, 'order-2', 100, 'USD', 'APPROVED', 103,"
              + " CURRENT_TIMESTAMP, 1)");
    }

    assertThat(flyway(db, "16").migrate().success).isTrue();

    assertThat(rows(db))
        .containsExactly(
            "100 RULE rule 7 network null referral null",
            "101 RULE rule 8 network null referral null",
            "102 NETWORK_CONVERSION rule null network 50 referral null",
            "103 MISSING_CASHBACK_CLAIM rule null network 50 referral null",
            "104 REFERRAL_BONUS rule null network null referral rita",
            "105 REFERRAL_BONUS rule null network null referral rita",
            "110 NETWORK_CONVERSION rule null network -1 referral null");
    try (Connection c = db.getConnection()) {
      // Still once per line: a second conversion of the same order is refused without a rule id.
      assertThatThrownBy(() -> insertNewRow(c, 106, "network:shops:order-1", null, "50", null))
          .isInstanceOf(SQLException.class);
      // A source with another source's reference, or a rule grant without its rule, is refused.
      assertThatThrownBy(() -> insertNewRow(c, 107, "network:shops:order-3", "7", "50", null))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> insertNewRow(c, 108, "purchase-2", null, null, null))
          .isInstanceOf(SQLException.class);
      // A rule grant on the same line by another rule is still recorded.
      insertNewRow(c, 109, "purchase-1", "9", null, null);
    }
  }

  private static Flyway flyway(DataSource db, String target) {
    return Flyway.configure(CashbackSchema.class.getClassLoader())
        .dataSource(db)
        .table(CashbackSchema.HISTORY_TABLE)
        .locations(
            CashbackSchema.MIGRATIONS,
            CashbackSchema.VENDOR_MIGRATIONS + CashbackSchema.vendorOf(db))
        .target(target)
        .load();
  }

  /** A cashback row as V15 knew it: a rule id for every grant, stand-ins included. */
  private static void insertOldRow(Connection c, long id, String purchaseId, int line, long ruleId)
      throws SQLException {
    insertRow(c, id, purchaseId, line, "rule_id", ruleId);
  }

  /** A cashback row as V16 knows it, from a rule (with a rule id) or a network (with its id). */
  private static void insertNewRow(
      Connection c, long id, String purchaseId, String ruleId, String networkId, String referral)
      throws SQLException {
    String source = ruleId != null || networkId == null ? "RULE" : "NETWORK_CONVERSION";
    insertRow(
        c,
        id,
        purchaseId,
        1,
        "source, rule_id, network_id, referral_id",
        source,
        ruleId == null ? null : Long.valueOf(ruleId),
        networkId == null ? null : Long.valueOf(networkId),
        referral);
  }

  private static void insertRow(
      Connection c, long id, String purchaseId, int line, String columns, Object... values)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO cb_transaction (id, purchase_id, line_no, user_id, user_name,"
                + " product_title, description, purchase_amount, base_amount, cashback_amount,"
                + " currency, rule_version, rule_title, amount_type, rule_amount, status,"
                + " purchased_at, created_at, confirm_after, row_version, "
                + columns
                + ") VALUES (?, ?, ?, 'lena', 'Lena', 'Course', 'Terms', 100, 100, 10, 'USD', 1,"
                + " 'Terms', 'PERCENTAGE', 10, 'PENDING', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, 1"
                + ", ?".repeat(values.length)
                + ")")) {
      s.setLong(1, id);
      s.setString(2, purchaseId);
      s.setInt(3, line);
      for (int i = 0; i < values.length; i++) {
        s.setObject(4 + i, values[i]);
      }
      s.executeUpdate();
    }
  }

  private static List<String> rows(DataSource db) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.getConnection();
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "SELECT id, source, rule_id, network_id, referral_id FROM cb_transaction"
                        + " ORDER BY id")) {
      while (r.next()) {
        rows.add(
            r.getLong(1)
                + " "
                + r.getString(2)
                + " rule "
                + r.getObject(3)
                + " network "
                + r.getObject(4)
                + " referral "
                + r.getString(5));
      }
    }
    return rows;
  }
}
