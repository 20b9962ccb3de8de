package dev.cashback.plugin.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.application.notice.OutboxMessage;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.config.CashbackDataSource;
import dev.cashback.plugin.infrastructure.intake.DatabaseDialect;
import dev.cashback.plugin.infrastructure.migration.CashbackSchema;
import dev.cashback.plugin.infrastructure.migration.TestSchemas;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Two nodes' mail senders claim from one outbox at once, on connections that are not in a
 * transaction: what a node gets when its runtime does not enlist the connection (seen on Payara
 * Micro right after a database restart, in the fault run, as e-mails delivered twice). The row lock
 * of {@code FOR UPDATE SKIP LOCKED} then ends with the select, so the claim itself must make sure a
 * message goes to one sender only.
 */
class MailOutboxClaimTest {

  private static final int MESSAGES = 300;

  @Test
  void sendersOfTwoNodes_neverClaimOneMessageTwice_evenWithoutATransaction() throws Exception {
    TestSchemas.onEmptyPostgresSchema(
        pg -> {
          CashbackSchema.migrate(pg, false);
          queue(pg);
          List<MailOutbox> nodes = List.of(outboxOn(pg), outboxOn(pg));
          List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
          ExecutorService senders = Executors.newFixedThreadPool(8);
          List<Callable<Void>> work = new ArrayList<>();
          for (int i = 0; i < 8; i++) {
            MailOutbox node = nodes.get(i % 2);
            work.add(
                () -> {
                  for (List<OutboxMessage> batch = node.claimDue(10);
                      !batch.isEmpty();
                      batch = node.claimDue(10)) {
                    batch.forEach(m -> claimed.add(m.id()));
                  }
                  return null;
                });
          }
          try {
            for (Future<Void> done : senders.invokeAll(work)) {
              done.get();
            }
          } catch (Exception e) {
            throw new IllegalStateException(e);
          } finally {
            senders.shutdown();
          }
          assertThat(claimed).doesNotHaveDuplicates().hasSize(MESSAGES);
        });
  }

  private static void queue(DataSource pg) throws java.sql.SQLException {
    try (Connection c = pg.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO cb_mail_outbox (id, kind, dedup_key, user_id, subject, text_body,"
                    + " html_body, status, attempts, next_attempt_at, created_at)"
                    + " VALUES (?, 'test', ?, 'lucy', 'Hello', 'Hello', '<p>Hello</p>', 'QUEUED',"
                    + " 0, ?, ?)")) {
      OffsetDateTime due = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
      for (int i = 1; i <= MESSAGES; i++) {
        insert.setLong(1, i);
        insert.setString(2, "claim-test-" + i);
        insert.setObject(3, due);
        insert.setObject(4, due);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The outbox as a node has it, on connections in auto-commit mode. */
  private static MailOutbox outboxOn(DataSource pg) {
    CashbackDataSource dataSource =
        new CashbackDataSource() {
          @Override
          public DataSource get() {
            return pg;
          }
        };
    MailOutbox outbox = new MailOutbox();
    outbox.dataSource = dataSource;
    outbox.clock = new CashbackClock();
    outbox.dialect =
        new DatabaseDialect() {
          @Override
          public boolean isPostgres() {
            return true;
          }
        };
    return outbox;
  }
}
