package dev.cashback.plugin.application.notice;

import java.util.List;

/**
 * Port: where the learners' e-mails are written and the admin reads them back. Infrastructure
 * implements it (a table, and a sender that hands each message to SMTP).
 */
public interface NoticeOutbox {

  /**
   * Queues a message once per {@code dedupKey}, in the caller's transaction, so it exists exactly
   * when the change it tells of committed: written in the configured language, with its {@code
   * content} (JSON of {@link MailContent}) to write it again in its recipient's language when it is
   * sent. The address and the language are looked up then.
   */
  void enqueue(
      String kind,
      String dedupKey,
      String userId,
      String subject,
      String text,
      String html,
      String content);

  /** The newest messages, optionally of one status and user (all when null). */
  List<OutboxMessage> newest(MailStatus status, String userId, int first, int max);
}
