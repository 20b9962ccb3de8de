package dev.cashback.plugin.application.notice;

/** Where a message is on its way out. */
public enum MailStatus {
  /** Waiting to be sent (again, after a failure, from {@code next_attempt_at}). */
  QUEUED,
  /** Handed to SMTP; marked SENT once the server took it. */
  SENDING,
  SENT,
  /** Claimed but never marked sent (the node stopped): not sent again, for an admin to check. */
  UNKNOWN,
  /** No address, or every attempt failed. */
  FAILED
}
