package dev.cashback.plugin.application.notice;

import java.util.List;

/**
 * Port: where the learners' e-mails are written and the admin reads them back. Infrastructure
 * implements it (a table, and a sender that hands each message to SMTP).
 */
public interface NoticeOutbox {

  /**
   * Queues the messages, each once per its dedup key, in the caller's transaction, so they exist
   * exactly when the change they tell of committed. The address and the language are looked up when
   * each is sent.
   */
  void enqueueAll(List<QueuedMail> messages);

  /** The newest messages, optionally of one status and user (all when null). */
  List<OutboxMessage> newest(MailStatus status, String userId, int first, int max);
}
