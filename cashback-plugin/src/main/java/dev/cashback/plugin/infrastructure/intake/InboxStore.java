package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.config.CashbackDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Writes accepted host events to the inbox tables with plain JDBC on the host's JTA datasource, so
 * the row commits or rolls back with the host's purchase. JDBC rather than JPA because a failed JPA
 * flush would mark the host's transaction for rollback; the insert is written so that a duplicate
 * key is not an error.
 */
@ApplicationScoped
public class InboxStore {

  static final Jsonb JSON = JsonbBuilder.create();

  @Inject CashbackDataSource dataSource;

  @Inject DatabaseDialect dialect;
  @Inject CashbackClock clock;

  @Inject InboxSettings settings;

  /**
   * Records the purchase, left to the grant right after the host's commit for the first attempt
   * delay (see {@link InboxSettings#firstAttemptDelay()}); returns false if this purchase id was
   * already accepted.
   */
  public boolean accept(PurchaseCompleted event) throws SQLException {
    return accept(event, settings.firstAttemptDelay());
  }

  /**
   * Records the purchase, due for the drain and the retry timer after {@code untilDue} (zero when
   * nothing processes it right after the commit); returns false if it was already accepted.
   */
  public boolean accept(PurchaseCompleted event, Duration untilDue) throws SQLException {
    String sql =
        dialect.insertIfAbsent(
            "cb_purchase_inbox",
            List.of("purchase_id"),
            "user_id",
            "payload",
            "received_at",
            "attempts",
            "next_attempt_at");
    return insert(sql, event.purchaseId(), event.buyer().userId(), JSON.toJson(event), untilDue);
  }

  /** Records the refund; returns false if this refund id was already accepted. */
  public boolean accept(PurchaseRefunded event) throws SQLException {
    String sql =
        dialect.insertIfAbsent(
            "cb_refund_inbox",
            List.of("refund_id"),
            "purchase_id",
            "payload",
            "received_at",
            "attempts",
            "next_attempt_at");
    return insert(
        sql,
        event.refundId(),
        event.purchaseId(),
        JSON.toJson(event),
        settings.firstAttemptDelay());
  }

  private boolean insert(
      String sql, String key, String secondKey, String payload, Duration untilDue)
      throws SQLException {
    OffsetDateTime now = clock.now();
    try (Connection connection = dataSource.get().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, key);
      statement.setString(2, secondKey);
      statement.setString(3, payload);
      statement.setObject(4, now);
      statement.setInt(5, 0);
      statement.setObject(6, now.plus(untilDue));
      if (!dialect.isPostgres()) {
        statement.setString(7, key);
      }
      return statement.executeUpdate() == 1;
    }
  }
}
