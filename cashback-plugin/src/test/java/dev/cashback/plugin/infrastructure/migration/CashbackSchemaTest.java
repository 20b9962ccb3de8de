package dev.cashback.plugin.infrastructure.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

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
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    assertMigratesFromEmpty(h2);
  }

  @Test
  void migrate_aDemoDatabaseStartedWithoutDemoData_stillMigrates() {
    // So the host, not a Flyway validation error, tells the operator about the demo secrets.
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    assertThat(CashbackSchema.migrate(h2, true).success).isTrue();
    MigrateResult withoutDemo = CashbackSchema.migrate(h2, false);
    assertThat(withoutDemo.success).isTrue();
    assertThat(withoutDemo.migrationsExecuted).isZero();
  }

  @Test
  void migrate_emptyPostgresSchema_createsTablesAndIsRepeatable() throws SQLException {
    String url = System.getProperty("test.db.url", "");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        url.startsWith("jdbc:postgresql:"), "no PostgreSQL test database configured");
    String schema = "cb_schema_test_" + UUID.randomUUID().toString().replace("-", "");
    String user = System.getProperty("test.db.user");
    String password = System.getProperty("test.db.password");
    try (Connection admin = DriverManager.getConnection(url, user, password)) {
      admin.createStatement().execute("CREATE SCHEMA " + schema);
      try {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(url);
        pg.setUser(user);
        pg.setPassword(password);
        pg.setCurrentSchema(schema);
        assertMigratesFromEmpty(pg);
      } finally {
        admin.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static void assertMigratesFromEmpty(DataSource dataSource) throws SQLException {
    assertThat(CashbackSchema.unappliedMigrations(dataSource)).as("an empty schema").isEqualTo(16);
    MigrateResult first = CashbackSchema.migrate(dataSource, true);
    assertThat(first.success).isTrue();
    assertThat(first.migrationsExecuted)
        .as("V1, V2, the database's own V3, V4 to V15, V17 and the three demo scripts")
        .isEqualTo(19);
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
