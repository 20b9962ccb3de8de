package dev.cashback.plugin.infrastructure.idempotency;

import dev.cashback.plugin.application.shared.ConfigKeys;
import dev.cashback.plugin.application.shared.ConflictException;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.config.CashbackDataSource;
import dev.cashback.plugin.infrastructure.intake.DatabaseDialect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a call at most once per caller and key. The key row is inserted first, in the same
 * transaction as the call: a concurrent repeat waits on that row (PostgreSQL's ON CONFLICT waits
 * for the first transaction to end) and then finds the recorded answer; a call that fails rolls the
 * row back with everything else, so it may be tried again with the same key.
 */
@ApplicationScoped
public class IdempotencyKeys {

  public static final int MAX_KEY_LENGTH = 200;
  private static final String UNIQUE_VIOLATION = "23505";

  @Inject CashbackDataSource dataSource;
  @Inject DatabaseDialect dialect;
  @Inject CashbackClock clock;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.IDEMPOTENCY_RETENTION_HOURS,
      defaultValue = ConfigKeys.IDEMPOTENCY_RETENTION_HOURS_DEFAULT)
  long retentionHours;

  /**
   * The recorded answer for this caller and key when the same request was made before; otherwise
   * runs {@code call}, records its answer and returns it. A key reused with another request is a
   * conflict.
   */
  @Transactional
  public RecordedAnswer once(
      String caller, String key, String requestHash, Supplier<RecordedAnswer> call) {
    OffsetDateTime now = clock.now();
    try (Connection connection = dataSource.get().getConnection()) {
      forgetExpired(connection, caller, key, now.minusHours(retentionHours));
      if (!claim(connection, caller, key, requestHash, now)) {
        return recorded(connection, caller, key, requestHash);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Idempotency key could not be recorded", e);
    }
    // No connection handle stays open across the call: Payara enlists the open handles of a web
    // request in any transaction begun meanwhile (a nested REQUIRES_NEW, say opening an account),
    // whose commit then took this transaction's work and left the call running without its locks.
    RecordedAnswer answer = call.get();
    try (Connection connection = dataSource.get().getConnection()) {
      record(connection, caller, key, answer);
    } catch (SQLException e) {
      throw new IllegalStateException("Idempotency key could not be recorded", e);
    }
    return answer;
  }

  private void forgetExpired(
      Connection connection, String caller, String key, OffsetDateTime before) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement(
            "DELETE FROM cb_idempotency_key WHERE caller = ? AND idem_key = ? AND created_at < ?")) {
      delete.setString(1, caller);
      delete.setString(2, key);
      delete.setObject(3, before);
      delete.executeUpdate();
    }
  }

  private boolean claim(
      Connection connection, String caller, String key, String requestHash, OffsetDateTime now)
      throws SQLException {
    String sql =
        dialect.insertIfAbsent(
            "cb_idempotency_key", List.of("caller", "idem_key"), "request_hash", "created_at");
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, caller);
      insert.setString(2, key);
      insert.setString(3, requestHash);
      insert.setObject(4, now);
      if (!dialect.isPostgres()) {
        insert.setString(5, caller);
        insert.setString(6, key);
      }
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      // H2 has no ON CONFLICT: a concurrent first call shows up as a unique-key violation.
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  private static void record(Connection connection, String caller, String key, RecordedAnswer a)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE cb_idempotency_key SET response_status = ?, response_body = ?"
                + " WHERE caller = ? AND idem_key = ?")) {
      update.setInt(1, a.status());
      update.setString(2, a.body());
      update.setString(3, caller);
      update.setString(4, key);
      update.executeUpdate();
    }
  }

  private static RecordedAnswer recorded(
      Connection connection, String caller, String key, String requestHash) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT request_hash, response_status, response_body FROM cb_idempotency_key"
                + " WHERE caller = ? AND idem_key = ?")) {
      select.setString(1, caller);
      select.setString(2, key);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next() || row.getObject(2) == null) {
          throw new ConflictException(
              "A request with this Idempotency-Key is still being processed; try again shortly.");
        }
        if (!row.getString(1).equals(requestHash)) {
          throw new ConflictException(
              "This Idempotency-Key was used for a different request; use a new key.");
        }
        return new RecordedAnswer(row.getInt(2), row.getString(3), true);
      }
    }
  }
}
