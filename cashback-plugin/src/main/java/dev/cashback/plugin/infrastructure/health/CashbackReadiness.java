package dev.cashback.plugin.infrastructure.health;

import dev.cashback.plugin.infrastructure.config.CashbackDataSource;
import dev.cashback.plugin.infrastructure.migration.CashbackSchema;
import dev.cashback.plugin.infrastructure.persistence.SameDatabaseCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers within two seconds, the persistence unit and the direct JDBC
 * reach the same one, and every migration the plugin brings has been applied. Once the schema was
 * found complete it is not scanned again: migrations only run at start-up.
 */
@Readiness
@ApplicationScoped
public class CashbackReadiness implements HealthCheck {

  @Inject CashbackDataSource dataSource;
  @Inject SameDatabaseCheck sameDatabase;

  private volatile boolean schemaComplete;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("cashback-database");
    try (Connection connection = dataSource.get().getConnection()) {
      if (!connection.isValid(2)) {
        return response.down().withData("database", "not answering").build();
      }
    } catch (SQLException e) {
      return response.down().withData("database", "unreachable").build();
    }
    var split = sameDatabase.mismatch();
    if (split.isPresent()) {
      return response.down().withData("datasource", split.get()).build();
    }
    if (!schemaComplete) {
      long unapplied = CashbackSchema.unappliedMigrations(dataSource.get());
      if (unapplied > 0) {
        return response.down().withData("unappliedMigrations", unapplied).build();
      }
      schemaComplete = true;
    }
    return response
        .up()
        .withData("database", "reachable")
        .withData("migrations", "applied")
        .build();
  }
}
