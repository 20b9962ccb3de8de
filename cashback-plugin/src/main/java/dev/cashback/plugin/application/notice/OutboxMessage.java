package dev.cashback.plugin.application.notice;

import java.time.OffsetDateTime;

/**
 * A message of the outbox, as the admin's Outbox page and the sender see it; {@code content} (JSON
 * of {@link MailContent}, absent on messages queued before it was kept) rewrites it in another
 * language.
 */
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
    String lastError,
    String content)
    implements java.io.Serializable {}
