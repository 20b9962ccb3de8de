package dev.cashback.plugin.infrastructure.mail;

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
import java.util.List;

/**
 * The outbox table, with plain JDBC on the plugin's datasource: {@link #enqueue} joins the caller's
 * transaction (the message exists exactly when the change it tells of committed); the sender's
 * claims and marks run in transactions of their own.
 */
@ApplicationScoped
public class MailOutbox {

  static final int MAX_ATTEMPTS = 8;
  private static final Duration MAX_BACKOFF = Duration.ofHours(1);
  private static final String COLUMNS =
      "id, kind, user_id, recipient, subject, text_body, html_body, status, attempts, created_at,"
          + " sent_at, last_error";

  @Inject CashbackDataSource dataSource;
  @Inject DatabaseDialect dialect;
  @Inject CashbackClock clock;

  /**
   * Queues a message once per {@code dedupKey}; without a recipient it is kept as FAILED so an
   * admin sees it was never sent.
   */
  @Transactional
  public void enqueue(
      String kind,
      String dedupKey,
      String userId,
      String recipient,
      String subject,
      String text,
      String html) {
    OffsetDateTime now = clock.now();
    String sql =
        dialect.insertIfAbsent(
            "cb_mail_outbox",
            List.of("dedup_key"),
            "id",
            "kind",
            "user_id",
            "recipient",
            "subject",
            "text_body",
            "html_body",
            "status",
            "attempts",
            "next_attempt_at",
            "created_at",
            "last_error");
    try (Connection c = dataSource.get().getConnection();
        PreparedStatement next = c.prepareStatement(dialect.nextValue("cb_mail_seq"));
        PreparedStatement insert = c.prepareStatement(sql)) {
      long id;
      try (ResultSet row = next.executeQuery()) {
        row.next();
        id = row.getLong(1);
      }
      boolean addressed = recipient != null && !recipient.isBlank();
      int i = 1;
      insert.setString(i++, dedupKey);
      insert.setLong(i++, id);
      insert.setString(i++, kind);
      insert.setString(i++, userId);
      insert.setString(i++, addressed ? recipient : null);
      insert.setString(i++, truncate(subject, 300));
      insert.setString(i++, truncate(text, 20000));
      insert.setString(i++, truncate(html, 40000));
      insert.setString(i++, (addressed ? MailStatus.QUEUED : MailStatus.FAILED).name());
      insert.setInt(i++, 0);
      insert.setObject(i++, now);
      insert.setObject(i++, now);
      insert.setString(i++, addressed ? null : "No e-mail address is known for this user.");
      if (!dialect.isPostgres()) {
        insert.setString(i, dedupKey);
      }
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("The e-mail could not be queued", e);
    }
  }

  /** Claims up to {@code limit} due messages for sending: SENDING, one more attempt, committed. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<OutboxMessage> claimDue(int limit) {
    List<OutboxMessage> claimed = new ArrayList<>();
    try (Connection c = dataSource.get().getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM cb_mail_outbox WHERE status = 'QUEUED' AND next_attempt_at <= ?"
                    + " ORDER BY id"
                    + (dialect.isPostgres() ? " LIMIT " + limit : "")
                    + dialect.lockSkippingLocked());
        PreparedStatement claim =
            c.prepareStatement(
                "UPDATE cb_mail_outbox SET status = 'SENDING', attempts = attempts + 1,"
                    + " next_attempt_at = ? WHERE id = ?")) {
      select.setObject(1, clock.now());
      select.setMaxRows(limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          claimed.add(message(rows));
        }
      }
      for (OutboxMessage message : claimed) {
        claim.setObject(1, clock.now());
        claim.setLong(2, message.id());
        claim.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The outbox could not be read", e);
    }
    return claimed;
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void markSent(long id) {
    update(
        "UPDATE cb_mail_outbox SET status = 'SENT', sent_at = ?, last_error = NULL WHERE id = ?",
        clock.now(),
        id);
  }

  /** A failed attempt: queued again after a back-off that doubles, or FAILED after the last. */
  @Transactional(TxType.REQUIRES_NEW)
  public void markFailed(long id, int attempts, String error) {
    boolean last = attempts >= MAX_ATTEMPTS;
    Duration wait = Duration.ofSeconds(30L << Math.min(attempts, 10));
    OffsetDateTime next = clock.now().plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
    try (Connection c = dataSource.get().getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE cb_mail_outbox SET status = ?, next_attempt_at = ?, last_error = ?"
                    + " WHERE id = ?")) {
      update.setString(1, (last ? MailStatus.FAILED : MailStatus.QUEUED).name());
      update.setObject(2, next);
      update.setString(3, truncate(error, 1000));
      update.setLong(4, id);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("The outbox could not be updated", e);
    }
  }

  /**
   * Messages claimed longer ago than {@code after} and never marked: the node stopped while
   * sending. Whether SMTP took them cannot be known, so they are not sent again.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int markStaleSendingUnknown(Duration after) {
    return update(
        "UPDATE cb_mail_outbox SET status = 'UNKNOWN' WHERE status = 'SENDING' AND next_attempt_at < ?",
        clock.now().minus(after),
        null);
  }

  /** The newest messages, optionally of one status and user, for the admin's Outbox page. */
  @Transactional
  public List<OutboxMessage> newest(MailStatus status, String userId, int first, int max) {
    String where =
        (status == null ? "" : " AND status = ?") + (userId == null ? "" : " AND user_id = ?");
    List<OutboxMessage> found = new ArrayList<>();
    try (Connection c = dataSource.get().getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM cb_mail_outbox WHERE 1 = 1"
                    + where
                    + " ORDER BY id DESC LIMIT "
                    + max
                    + " OFFSET "
                    + first)) {
      int i = 1;
      if (status != null) {
        select.setString(i++, status.name());
      }
      if (userId != null) {
        select.setString(i, userId);
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(message(rows));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The outbox could not be read", e);
    }
    return found;
  }

  private int update(String sql, OffsetDateTime at, Long id) {
    try (Connection c = dataSource.get().getConnection();
        PreparedStatement update = c.prepareStatement(sql)) {
      update.setObject(1, at);
      if (id != null) {
        update.setLong(2, id);
      }
      return update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("The outbox could not be updated", e);
    }
  }

  private static OutboxMessage message(ResultSet row) throws SQLException {
    return new OutboxMessage(
        row.getLong("id"),
        row.getString("kind"),
        row.getString("user_id"),
        row.getString("recipient"),
        row.getString("subject"),
        row.getString("text_body"),
        row.getString("html_body"),
        MailStatus.valueOf(row.getString("status")),
        row.getInt("attempts"),
        row.getObject("created_at", OffsetDateTime.class),
        row.getObject("sent_at", OffsetDateTime.class),
        row.getString("last_error"));
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
