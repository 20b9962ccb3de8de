package dev.cashback.plugin.infrastructure.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The plugin's schema. It keeps its own Flyway history table so it never mixes with the host's
 * migrations in the same schema (a shared table would baseline one owner past the other's first
 * migration).
 */
public final class CashbackSchema {

  public static final String HISTORY_TABLE = "cb_flyway_history";
  static final String MIGRATIONS = "classpath:db/cashback/migration";

  /** Migrations in one database's own dialect (indexes only PostgreSQL can build, say). */
  static final String VENDOR_MIGRATIONS = "classpath:db/cashback/";

  static final String DEMO = "classpath:db/cashback/demo";

  private CashbackSchema() {}

  /** "postgresql" or "h2": the folder of the database's own migrations. */
  public static String vendorOf(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      return product.contains("postgres") ? "postgresql" : "h2";
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database to migrate it", e);
    }
  }

  public static MigrateResult migrate(DataSource dataSource, boolean withDemoData) {
    return flyway(dataSource, withDemoData).migrate();
  }

  /**
   * The versioned migrations this plugin brings that the database has not applied, or has applied
   * and failed; zero once the schema is what the code expects.
   */
  public static long unappliedMigrations(DataSource dataSource) {
    return Arrays.stream(flyway(dataSource, false).info().all())
        .filter(m -> m.getVersion() != null)
        .filter(m -> m.getState().isFailed() || !m.getState().isApplied())
        .count();
  }

  private static Flyway flyway(DataSource dataSource, boolean withDemoData) {
    String vendor = VENDOR_MIGRATIONS + vendorOf(dataSource);
    String[] locations =
        withDemoData ? new String[] {MIGRATIONS, vendor, DEMO} : new String[] {MIGRATIONS, vendor};
    return Flyway.configure(CashbackSchema.class.getClassLoader())
        .dataSource(dataSource)
        .table(HISTORY_TABLE)
        .locations(locations)
        // The demo scripts are the only repeatable ones: a database once run as a demo starts
        // without them, and the host then says what it holds (demo secrets) instead of Flyway
        // refusing over scripts it no longer sees. Migrations of a newer release are ignored too
        // (Flyway's own default, which naming any pattern replaces): during a rolling upgrade a
        // node of the older release starts on the schema a newer node has migrated further.
        .ignoreMigrationPatterns("*:future", "repeatable:missing")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load();
  }
}
