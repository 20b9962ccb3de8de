package dev.cashback.plugin.infrastructure.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The plugin's migrations on an empty database: on H2 always, and on PostgreSQL when the test
 * database is configured (see the README), each in a schema of its own that is dropped after.
 */
class CashbackSchemaTest {

  private static final List<String> TABLES =
      List.of(
          "cb_rule",
          "cb_rule_target",
          "cb_rule_money",
          "cb_rule_budget_use",
          "cb_referral_currency",
          "cb_webhook_endpoint",
          "cb_event",
          "cb_event_delivery",
          "cb_course_progress",
          "cb_purchase_inbox",
          "cb_refund_inbox",
          "cb_refused_event",
          "cb_refund_line",
          "cb_transaction",
          "cb_idempotency_key",
          "cb_payout_method",
          "cb_payout",
          "cb_mail_outbox",
          "cb_ledger_check");

  @Test
  void migrate_emptyH2_createsTablesAndIsRepeatable() throws SQLException {
    assertMigratesFromEmpty(TestSchemas.emptyH2());
  }

  @Test
  void migrate_aDemoDatabaseStartedWithoutDemoData_stillMigrates() {
    // So the host, not a Flyway validation error, tells the operator about the demo secrets.
    DataSource h2 = TestSchemas.emptyH2();
    assertThat(CashbackSchema.migrate(h2, true).success).isTrue();
    MigrateResult withoutDemo = CashbackSchema.migrate(h2, false);
    assertThat(withoutDemo.success).isTrue();
    assertThat(withoutDemo.migrationsExecuted).isZero();
  }

  /**
   * A rolling upgrade: a node of the new release has migrated the schema further, and a node of the
   * old release (re)starts meanwhile. It must start on the newer schema, not refuse a migration it
   * has never heard of.
   */
  @Test
  void migrate_aSchemaANewerReleaseMigratedFurther_startsAnOlderNode() throws SQLException {
    DataSource h2 = TestSchemas.emptyH2();
    CashbackSchema.migrate(h2, false);
    try (Connection c = h2.getConnection()) {
      c.createStatement().execute("ALTER TABLE cb_rule ADD COLUMN next_release_note VARCHAR(40)");
      c.createStatement()
          .execute(
              "INSERT INTO \""
                  + CashbackSchema.HISTORY_TABLE
                  + "\" (\"installed_rank\", \"version\", \"description\", \"type\","
                  + " \"script\", \"checksum\", \"installed_by\", \"execution_time\","
                  + " \"success\") SELECT MAX(\"installed_rank\") + 1, '999', 'next release', 'SQL',"
                  + " 'V999__next_release.sql', 0, 'test', 1, TRUE FROM \""
                  + CashbackSchema.HISTORY_TABLE
                  + "\"");
    }
    MigrateResult older = CashbackSchema.migrate(h2, false);
    assertThat(older.success).isTrue();
    assertThat(older.migrationsExecuted).isZero();
    assertThat(CashbackSchema.unappliedMigrations(h2)).as("what readiness checks").isZero();
  }

  /**
   * Rules of one currency keep their money when it moves to a table of its own, one row per
   * currency: the fixed amount, the minimum, the limits, and what the budget granted so far.
   */
  @Test
  void migrate_rulesOfOneCurrency_keepTheirMoneyAsTheirMainCurrency() throws SQLException {
    DataSource h2 = TestSchemas.emptyH2();
    org.flywaydb.core.Flyway.configure(CashbackSchema.class.getClassLoader())
        .dataSource(h2)
        .table(CashbackSchema.HISTORY_TABLE)
        .locations("classpath:db/cashback/migration", "classpath:db/cashback/h2")
        .target("18")
        .load()
        .migrate();
    try (Connection c = h2.getConnection()) {
      c.createStatement()
          .execute(
              "INSERT INTO cb_rule (id, rule_version, title, status, amount_type, amount, currency,"
                  + " target_type, minimum_purchase, per_item, row_version, budget,"
                  + " budget_granted, monthly_cap_per_user) VALUES"
                  + " (7, 1, 'Fixed', 'ACTIVE', 'FIXED', 5, 'USD', 'ALL', 20, TRUE, 0, 100, 30, 50),"
                  + " (8, 1, 'Any', 'ACTIVE', 'PERCENTAGE', 10, NULL, 'ALL', 0, TRUE, 0, NULL, 0,"
                  + " NULL)");
    }
    CashbackSchema.migrate(h2, false);
    try (Connection c = h2.getConnection();
        ResultSet money =
            c.createStatement()
                .executeQuery(
                    "SELECT rule_id, position, currency, fixed_amount, minimum_purchase,"
                        + " monthly_cap_per_user, budget FROM cb_rule_money ORDER BY rule_id");
        ResultSet use =
            c.createStatement()
                .executeQuery("SELECT rule_id, currency, granted FROM cb_rule_budget_use")) {
      assertThat(money.next()).isTrue();
      assertThat(money.getLong(1)).isEqualTo(7);
      assertThat(money.getInt(2)).isZero();
      assertThat(money.getString(3)).isEqualTo("USD");
      assertThat(money.getBigDecimal(4)).isEqualByComparingTo("5");
      assertThat(money.getBigDecimal(5)).isEqualByComparingTo("20");
      assertThat(money.getBigDecimal(6)).isEqualByComparingTo("50");
      assertThat(money.getBigDecimal(7)).isEqualByComparingTo("100");
      assertThat(money.next()).as("a percentage rule of every currency names none").isFalse();
      assertThat(use.next()).isTrue();
      assertThat(use.getLong(1)).isEqualTo(7);
      assertThat(use.getString(2)).isEqualTo("USD");
      assertThat(use.getBigDecimal(3)).isEqualByComparingTo("30");
    }
  }

  @Test
  void migrate_emptyPostgresSchema_createsTablesAndIsRepeatable() throws SQLException {
    TestSchemas.onEmptyPostgresSchema(CashbackSchemaTest::assertMigratesFromEmpty);
  }

  private static void assertMigratesFromEmpty(DataSource dataSource) throws SQLException {
    assertThat(CashbackSchema.unappliedMigrations(dataSource)).as("an empty schema").isEqualTo(27);
    MigrateResult first = CashbackSchema.migrate(dataSource, true);
    assertThat(first.success).isTrue();
    assertThat(first.migrationsExecuted)
        .as(
            "V1, V2, the database's own V3, V4 to V23, its own V24, V25, its own V26 and V27 and the three demo scripts")
        .isEqualTo(30);
    assertThat(tables(dataSource)).containsAll(TABLES).contains(CashbackSchema.HISTORY_TABLE);
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM cb_rule")) {
      rs.next();
      assertThat(rs.getInt(1)).as("the demo rule").isEqualTo(1);
    }

    MigrateResult second = CashbackSchema.migrate(dataSource, true);
    assertThat(second.migrationsExecuted).isZero();
    assertThat(CashbackSchema.unappliedMigrations(dataSource)).as("what readiness checks").isZero();
  }

  private static List<String> tables(DataSource dataSource) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rs =
            c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }
}
