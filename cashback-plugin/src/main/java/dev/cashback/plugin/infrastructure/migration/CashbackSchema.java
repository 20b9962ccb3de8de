package dev.cashback.plugin.infrastructure.migration;

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
  static final String DEMO = "classpath:db/cashback/demo";

  private CashbackSchema() {}

  public static MigrateResult migrate(DataSource dataSource, boolean withDemoData) {
    String[] locations = withDemoData ? new String[] {MIGRATIONS, DEMO} : new String[] {MIGRATIONS};
    return Flyway.configure(CashbackSchema.class.getClassLoader())
        .dataSource(dataSource)
        .table(HISTORY_TABLE)
        .locations(locations)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
