package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.application.shared.ConfigKeys;
import dev.cashback.plugin.infrastructure.config.CashbackDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Whether the plugin's persistence unit and its direct JDBC ({@value ConfigKeys#DATASOURCE}) reach
 * the same database. The unit takes the runtime's default datasource; a host that points the key
 * somewhere else without making that datasource the default would split one purchase's cashback
 * across two databases. Startup logs it and readiness reports it, instead of it being found in the
 * books. Checked once: neither side changes while the application runs.
 */
@ApplicationScoped
public class SameDatabaseCheck {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Inject CashbackDataSource dataSource;

  private volatile Optional<String> mismatch;

  /** Why the two differ, or empty when they reach the same database as the same user. */
  @Transactional
  public Optional<String> mismatch() {
    if (mismatch == null) {
      try (Connection direct = dataSource.get().getConnection()) {
        String unit = where(em.unwrap(Connection.class).getMetaData());
        String jdbc = where(direct.getMetaData());
        mismatch =
            unit.equals(jdbc)
                ? Optional.empty()
                : Optional.of(
                    "The persistence unit (the runtime's default datasource) reaches "
                        + unit
                        + " but "
                        + ConfigKeys.DATASOURCE
                        + " reaches "
                        + jdbc
                        + "; make the host's datasource the runtime's default (see the README)");
      } catch (SQLException e) {
        return Optional.of("The datasources could not be compared: " + e.getMessage());
      }
    }
    return mismatch;
  }

  private static String where(DatabaseMetaData database) throws SQLException {
    return database.getURL() + " as " + database.getUserName();
  }
}
