package dev.cashback.plugin.application.notice;

import java.time.OffsetDateTime;

/** A message of the outbox, as the admin's Outbox page and the sender see it. */
public record OutboxMessage(
    long id,
    String kind,
    String userId,
    String recipient,
    String subject,
    String textBody,
    String htmlBody,
    MailStatus status,
    int attempts,
    OffsetDateTime createdAt,
    OffsetDateTime sentAt,
    String lastError)
    implements java.io.Serializable {}
