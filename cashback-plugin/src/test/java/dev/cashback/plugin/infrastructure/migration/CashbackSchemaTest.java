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

  @Test
  void migrate_emptyPostgresSchema_createsTablesAndIsRepeatable() throws SQLException {
    TestSchemas.onEmptyPostgresSchema(CashbackSchemaTest::assertMigratesFromEmpty);
  }

  private static void assertMigratesFromEmpty(DataSource dataSource) throws SQLException {
    assertThat(CashbackSchema.unappliedMigrations(dataSource)).as("an empty schema").isEqualTo(18);
    MigrateResult first = CashbackSchema.migrate(dataSource, true);
    assertThat(first.success).isTrue();
    assertThat(first.migrationsExecuted)
        .as("V1, V2, the database's own V3, V4 to V18 and the three demo scripts")
        .isEqualTo(21);
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
