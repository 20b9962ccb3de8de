package dev.cashback.plugin.infrastructure.mail;

import dev.cashback.plugin.application.notice.MailStatus;
import dev.cashback.plugin.application.notice.NoticeOutbox;
import dev.cashback.plugin.application.notice.OutboxMessage;
import dev.cashback.plugin.application.notice.QueuedMail;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.config.CashbackDataSource;
import dev.cashback.plugin.infrastructure.intake.DatabaseDialect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outbox table, with plain JDBC on the plugin's datasource: {@link #enqueue} joins the caller's
 * transaction (the message exists exactly when the change it tells of committed); the sender's
 * claims and marks run in transactions of their own.
 */
@ApplicationScoped
public class MailOutbox implements NoticeOutbox {

  static final int MAX_ATTEMPTS = 8;
  private static final Duration MAX_BACKOFF = Duration.ofHours(1);
  private static final String COLUMNS =
      "id, kind, user_id, recipient, subject, text_body, html_body, status, attempts, created_at,"
          + " sent_at, last_error, content";

  @Inject CashbackDataSource dataSource;

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Inject DatabaseDialect dialect;
  @Inject CashbackClock clock;

  /** Rows of one statement: few enough for PostgreSQL's 65,535 parameters. */
  private static final int ROWS_PER_STATEMENT = 500;

  /**
   * Queues each message once per its dedup key, in the caller's transaction and on its connection
   * (through the plugin's entity manager), so they commit or roll back with the change they tell of
   * and take no second connection from the pool. On PostgreSQL up to 500 messages go in one
   * statement: a grant batch queues one per purchase, and one statement each was a round trip each.
   * Ids come from the column's default (the sequence). The address is looked up when each is sent.
   */
  @Override
  @Transactional
  public void enqueueAll(List<QueuedMail> messages) {
    // One per key: a key twice in one statement would leave it to the database which one stays.
    List<QueuedMail> distinct =
        List.copyOf(
            messages.stream()
                .collect(
                    Collectors.toMap(
                        QueuedMail::dedupKey, m -> m, (first, again) -> first, LinkedHashMap::new))
                .values());
    int perStatement = dialect.isPostgres() ? ROWS_PER_STATEMENT : 1;
    for (int from = 0; from < distinct.size(); from += perStatement) {
      insert(distinct.subList(from, Math.min(distinct.size(), from + perStatement)));
    }
  }

  private void insert(List<QueuedMail> rows) {
    OffsetDateTime now = clock.now();
    String sql =
        dialect.insertIfAbsent(
            "cb_mail_outbox",
            List.of("dedup_key"),
            rows.size(),
            "kind",
            "user_id",
            "subject",
            "text_body",
            "html_body",
            "content",
            "status",
            "attempts",
            "next_attempt_at",
            "created_at");
    // Plain JDBC on the transaction's own connection, not a native query: EclipseLink looks each
    // of a native query's parameters up in a list, so a 500-row statement (5,500 parameters) cost
    // more than the grants before it, a third of the server's time in the batch benchmark. Nothing
    // in these rows depends on the entities written before them: no flush of them first.
    try (PreparedStatement insert = em.unwrap(Connection.class).prepareStatement(sql)) {
      int i = 1;
      for (QueuedMail mail : rows) {
        insert.setString(i++, mail.dedupKey());
        insert.setString(i++, mail.kind());
        insert.setString(i++, mail.userId());
        insert.setString(i++, truncate(mail.subject(), 300));
        insert.setString(i++, truncate(mail.text(), 20000));
        insert.setString(i++, truncate(mail.html(), 40000));
        // Too long to keep (a very long title): it then goes in the language it was queued in.
        String content = mail.content();
        insert.setString(i++, content != null && content.length() <= 20000 ? content : null);
        insert.setString(i++, MailStatus.QUEUED.name());
        insert.setInt(i++, 0);
        insert.setObject(i++, now);
        insert.setObject(i++, now);
      }
      if (!dialect.isPostgres()) {
        insert.setString(i, rows.get(0).dedupKey());
      }
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("The outbox could not be written", e);
    }
  }

  /** Where the message went, or that it could not go: no address is known for its user. */
  @Transactional(TxType.REQUIRES_NEW)
  public void addressed(long id, String recipient) {
    try (Connection c = dataSource.get().getConnection();
        PreparedStatement update =
            c.prepareStatement("UPDATE cb_mail_outbox SET recipient = ? WHERE id = ?")) {
      update.setString(1, recipient);
      update.setLong(2, id);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("The outbox could not be updated", e);
    }
  }

  /** A message that can never be sent (no address): FAILED at once, not retried. */
  @Transactional(TxType.REQUIRES_NEW)
  public void undeliverable(long id, String reason) {
    markFailed(id, MAX_ATTEMPTS, reason);
  }

  /**
   * Claims up to {@code limit} due messages for sending: SENDING, one more attempt, committed. A
   * message is claimed only if this claim moved it out of QUEUED: the row lock alone ends with the
   * select when the runtime hands out a connection outside the transaction (seen after a database
   * restart), and two nodes would both send it.
   */
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
                    + " next_attempt_at = ? WHERE id = ? AND status = 'QUEUED'")) {
      select.setObject(1, clock.now());
      select.setMaxRows(limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          claimed.add(message(rows));
        }
      }
      for (Iterator<OutboxMessage> due = claimed.iterator(); due.hasNext(); ) {
        claim.setObject(1, clock.now());
        claim.setLong(2, due.next().id());
        if (claim.executeUpdate() == 0) {
          due.remove(); // another sender moved it first
        }
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
  @Override
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
        row.getString("last_error"),
        row.getString("content"));
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
