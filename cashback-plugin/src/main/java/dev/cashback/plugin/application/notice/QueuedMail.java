package dev.cashback.plugin.application.notice;

/**
 * A message for the outbox, queued once per {@code dedupKey}: written in the configured language,
 * with its {@code content} (JSON of {@link MailContent}) to write it again in its recipient's
 * language when it is sent.
 */
public record QueuedMail(
    String kind,
    String dedupKey,
    String userId,
    String subject,
    String text,
    String html,
    String content) {}
