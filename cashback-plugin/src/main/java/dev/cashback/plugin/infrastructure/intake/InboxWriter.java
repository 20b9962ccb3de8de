package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.application.intake.HostEventChecks;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.config.CashbackDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes accepted host events to the inbox tables on the host's JTA datasource ({@link
 * HostTransactionWrites}), so the row commits or rolls back with the host's purchase; the insert is
 * written so that a duplicate key is not an error.
 */
@ApplicationScoped
public class InboxWriter {

  static final Jsonb JSON = JsonbBuilder.create();

  @Inject CashbackDataSource dataSource;
  @Inject HostTransactionWrites writes;

  @Inject DatabaseDialect dialect;
  @Inject CashbackClock clock;

  @Inject InboxConfig settings;

  /** The largest event payload the inbox stores (its column's size). */
  static final int MAX_PAYLOAD = 100_000;

  /**
   * Why the purchase cannot be stored, if it cannot: its problems by field. (Its size is checked
   * where it is serialised, once, by {@link #insert}.)
   */
  public Optional<String> refusal(PurchaseCompleted event) {
    return refusal(HostEventChecks.problems(event));
  }

  /** Why the refund cannot be stored, if it cannot: its problems by field. */
  public Optional<String> refusal(PurchaseRefunded event) {
    return refusal(HostEventChecks.problems(event));
  }

  private static Optional<String> refusal(Map<String, String> problems) {
    return problems.isEmpty() ? Optional.empty() : Optional.of(HostEventChecks.describe(problems));
  }

  /**
   * Records the purchase, left to the grant right after the host's commit for the first attempt
   * delay (see {@link InboxConfig#firstAttemptDelay()}); returns false if this purchase id was
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
    return insertPurchase(event, JSON.toJson(event), untilDue);
  }

  private boolean insertPurchase(PurchaseCompleted event, String payload, Duration untilDue)
      throws SQLException {
    String sql =
        dialect.insertIfAbsent(
            "cb_purchase_inbox",
            List.of("purchase_id"),
            "user_id",
            "payload",
            "received_at",
            "attempts",
            "next_attempt_at");
    return insert(sql, event.purchaseId(), event.buyer().userId(), payload, untilDue);
  }

  /** Rows of one statement of a batch: few enough for PostgreSQL's 65,535 parameters. */
  private static final int ROWS_PER_STATEMENT = 500;

  /**
   * What a batch recorded: the ids newly accepted, and those too large for the inbox's payload
   * column (not stored); the others had been accepted before.
   */
  public record Recorded(Set<String> accepted, Set<String> tooLarge) {}

  /**
   * Records the purchases (distinct ids) in the caller's transaction, due for the drain at once,
   * each serialised once. On PostgreSQL one statement per 500 purchases, whose {@code RETURNING}
   * names the new ones.
   */
  public Recorded acceptAll(List<PurchaseCompleted> events) throws SQLException {
    Set<String> accepted = new HashSet<>();
    Set<String> tooLarge = new HashSet<>();
    Map<PurchaseCompleted, String> payloads = new LinkedHashMap<>();
    for (PurchaseCompleted event : events) {
      String payload = JSON.toJson(event);
      if (payload.length() > MAX_PAYLOAD) {
        tooLarge.add(event.purchaseId());
      } else {
        payloads.put(event, payload);
      }
    }
    if (!dialect.isPostgres()) {
      for (Map.Entry<PurchaseCompleted, String> row : payloads.entrySet()) {
        if (insertPurchase(row.getKey(), row.getValue(), Duration.ZERO)) {
          accepted.add(row.getKey().purchaseId());
        }
      }
      return new Recorded(accepted, tooLarge);
    }
    OffsetDateTime now = clock.now();
    List<Map.Entry<PurchaseCompleted, String>> rows = List.copyOf(payloads.entrySet());
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      List<Map.Entry<PurchaseCompleted, String>> chunk =
          rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
      String sql =
          "INSERT INTO cb_purchase_inbox (purchase_id, user_id, payload, received_at, attempts,"
              + " next_attempt_at) VALUES "
              + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, 0, ?)"))
              + " ON CONFLICT (purchase_id) DO NOTHING RETURNING purchase_id";
      try (Connection connection = dataSource.get().getConnection();
          PreparedStatement statement = connection.prepareStatement(sql)) {
        int at = 1;
        for (Map.Entry<PurchaseCompleted, String> row : chunk) {
          statement.setString(at++, row.getKey().purchaseId());
          statement.setString(at++, row.getKey().buyer().userId());
          statement.setString(at++, row.getValue());
          statement.setObject(at++, now);
          statement.setObject(at++, now);
        }
        try (ResultSet inserted = statement.executeQuery()) {
          while (inserted.next()) {
            accepted.add(inserted.getString(1));
          }
        }
      }
    }
    return new Recorded(accepted, tooLarge);
  }

  /** The currency of the purchase, if it was received (read on a connection of its own). */
  public Optional<String> purchaseCurrency(String purchaseId) {
    try (Connection connection = dataSource.get().getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT payload FROM cb_purchase_inbox WHERE purchase_id = ?")) {
      statement.setString(1, purchaseId);
      try (ResultSet row = statement.executeQuery()) {
        return row.next()
            ? Optional.of(JSON.fromJson(row.getString(1), PurchaseCompleted.class).currency())
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read purchase " + purchaseId, e);
    }
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

  /**
   * Inserts the row, in the host's transaction when there is one, by {@link HostTransactionWrites}
   * (inside a savepoint, so a failed insert never fails the host's purchase).
   */
  private boolean insert(
      String sql, String key, String secondKey, String payload, Duration untilDue)
      throws SQLException {
    if (payload.length() > MAX_PAYLOAD) {
      // Refused before any statement runs; the observers keep it for admins with this reason.
      throw new IllegalArgumentException(
          "The event is " + payload.length() + " characters long; at most " + MAX_PAYLOAD + ".");
    }
    OffsetDateTime now = clock.now();
    return writes.execute(
            sql,
            statement -> {
              statement.setString(1, key);
              statement.setString(2, secondKey);
              statement.setString(3, payload);
              statement.setObject(4, now);
              statement.setInt(5, 0);
              statement.setObject(6, now.plus(untilDue));
              if (!dialect.isPostgres()) {
                statement.setString(7, key);
              }
            })
        == 1;
  }
}
