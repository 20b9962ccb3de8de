package dev.cashback.plugin.infrastructure.idempotency;

/** The HTTP status and JSON body an idempotent call answered with, replayed for repeats. */
public record RecordedAnswer(int status, String body, boolean replayed) {}
