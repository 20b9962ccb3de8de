package dev.cashback.plugin.infrastructure.event;

import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.config.CashbackDataSource;
import dev.cashback.plugin.infrastructure.intake.DatabaseDialect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The sender's side of the deliveries table. A delivery is claimed for a lease: SENDING, one more
 * attempt, due again when the lease ends. The claim keeps only rows its conditional update moved
 * (same attempt count, still due), so two nodes never send one delivery at once; a node that stops
 * while sending leaves the lease to run out, and another node sends it again: at least once, always
 * under the same event id, which receivers use to drop a second copy.
 */
@ApplicationScoped
public class EventDeliveries {

  /** Longer than a whole batch can take (WebhookSender.BATCH deliveries of at most 15 s each). */
  static final Duration LEASE = Duration.ofSeconds(120);

  private static final Duration MAX_BACKOFF = Duration.ofHours(1);

  @Inject CashbackDataSource dataSource;
  @Inject DatabaseDialect dialect;
  @Inject CashbackClock clock;

  /** A claimed delivery with what sending it needs. */
  record Due(long id, int attempts, String eventId, String body, String url, String secret) {}

  @Transactional(TxType.REQUIRES_NEW)
  public List<Due> claimDue(int limit) {
    List<long[]> candidates = new ArrayList<>();
    OffsetDateTime now = clock.now();
    try (Connection c = dataSource.get().getConnection()) {
      try (PreparedStatement select =
          c.prepareStatement(
              "SELECT id, attempts FROM cb_event_delivery"
                  + " WHERE status IN ('QUEUED', 'SENDING') AND next_attempt_at <= ?"
                  + " ORDER BY id"
                  + (dialect.isPostgres() ? " LIMIT " + limit : "")
                  + dialect.lockSkippingLocked())) {
        select.setObject(1, now);
        select.setMaxRows(limit);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            candidates.add(new long[] {rows.getLong(1), rows.getInt(2)});
          }
        }
      }
      List<Due> claimed = new ArrayList<>();
      try (PreparedStatement claim =
              c.prepareStatement(
                  "UPDATE cb_event_delivery SET status = 'SENDING', attempts = attempts + 1,"
                      + " last_attempt_at = ?, next_attempt_at = ?"
                      + " WHERE id = ? AND attempts = ? AND status IN ('QUEUED', 'SENDING')"
                      + " AND next_attempt_at <= ?");
          PreparedStatement read =
              c.prepareStatement(
                  "SELECT e.id, e.body, p.url, p.secret FROM cb_event_delivery d"
                      + " JOIN cb_event e ON e.id = d.event_id"
                      + " JOIN cb_webhook_endpoint p ON p.id = d.endpoint_id WHERE d.id = ?")) {
        for (Iterator<long[]> it = candidates.iterator(); it.hasNext(); ) {
          long[] candidate = it.next();
          claim.setObject(1, now);
          claim.setObject(2, now.plus(LEASE));
          claim.setLong(3, candidate[0]);
          claim.setInt(4, (int) candidate[1]);
          claim.setObject(5, now);
          if (claim.executeUpdate() == 0) {
            continue; // another node moved it first
          }
          read.setLong(1, candidate[0]);
          try (ResultSet row = read.executeQuery()) {
            if (row.next()) {
              claimed.add(
                  new Due(
                      candidate[0],
                      (int) candidate[1] + 1,
                      row.getString(1),
                      row.getString(2),
                      row.getString(3),
                      row.getString(4)));
            }
          }
        }
      }
      return claimed;
    } catch (SQLException e) {
      throw new IllegalStateException("The event deliveries could not be read", e);
    }
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void delivered(long id, int status) {
    update(
        "UPDATE cb_event_delivery SET status = 'DELIVERED', delivered_at = ?, last_status = ?,"
            + " last_error = NULL WHERE id = ?",
        clock.now(),
        status,
        null,
        id);
  }

  /** A failed attempt: due again after a back-off that doubles, or FAILED after the last one. */
  @Transactional(TxType.REQUIRES_NEW)
  public void failed(long id, int attempts, int maxAttempts, Integer status, String error) {
    boolean last = attempts >= maxAttempts;
    Duration wait = Duration.ofSeconds(5L << Math.min(attempts, 12));
    OffsetDateTime next = clock.now().plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
    update(
        "UPDATE cb_event_delivery SET status = '"
            + (last ? "FAILED" : "QUEUED")
            + "', next_attempt_at = ?, last_status = ?, last_error = ? WHERE id = ?",
        next,
        status,
        error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error,
        id);
  }

  private void update(String sql, OffsetDateTime at, Integer status, String error, long id) {
    try (Connection c = dataSource.get().getConnection();
        PreparedStatement update = c.prepareStatement(sql)) {
      int i = 1;
      update.setObject(i++, at);
      if (status == null) {
        update.setNull(i++, java.sql.Types.INTEGER);
      } else {
        update.setInt(i++, status);
      }
      if (sql.contains("last_error = ?")) {
        update.setString(i++, error);
      }
      update.setLong(i, id);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("The event deliveries could not be updated", e);
    }
  }
}
