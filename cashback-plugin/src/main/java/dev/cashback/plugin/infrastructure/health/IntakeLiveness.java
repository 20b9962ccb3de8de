package dev.cashback.plugin.infrastructure.health;

import dev.cashback.plugin.application.shared.ConfigKeys;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.config.CashbackDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while accepted purchases get granted: DOWN when one that is due has waited longer than
 * {@code cashback.health.max-backlog-minutes}, the sign of a stuck grant thread or timer that a
 * restart would cure. A database outage is readiness's business, not liveness's, so it reports UP
 * here rather than restarting every node at once.
 */
@Liveness
@ApplicationScoped
public class IntakeLiveness implements HealthCheck {

  @Inject CashbackDataSource dataSource;
  @Inject CashbackClock clock;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.HEALTH_MAX_BACKLOG_MINUTES,
      defaultValue = ConfigKeys.HEALTH_MAX_BACKLOG_MINUTES_DEFAULT)
  long maxBacklogMinutes;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("cashback-intake");
    OffsetDateTime limit = clock.now().minusMinutes(maxBacklogMinutes);
    try (Connection connection = dataSource.get().getConnection();
        PreparedStatement stuck =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM cb_purchase_inbox WHERE processed_at IS NULL"
                    + " AND next_attempt_at < ?")) {
      stuck.setObject(1, limit);
      try (ResultSet row = stuck.executeQuery()) {
        row.next();
        long waiting = row.getLong(1);
        return (waiting == 0 ? response.up() : response.down())
            .withData("purchasesWaitingTooLong", waiting)
            .build();
      }
    } catch (SQLException e) {
      return response.up().withData("database", "unreachable; see readiness").build();
    }
  }
}
