package dev.cashback.plugin.infrastructure.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Empty databases for the migration tests: an in-memory H2, or a schema of its own on the
 * PostgreSQL test database (see the README), dropped after; the PostgreSQL test is skipped when no
 * such database is configured.
 */
public final class TestSchemas {

  public interface Check {
    void on(DataSource dataSource) throws SQLException;
  }

  private TestSchemas() {}

  public static DataSource emptyH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  public static void onEmptyPostgresSchema(Check check) throws SQLException {
    String url = System.getProperty("test.db.url", "");
    Assumptions.assumeTrue(
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
        check.on(pg);
      } finally {
        admin.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }
}
