/**
 * Idempotency keys of the HTTP API: each money-moving call is recorded with its answer in the
 * call's own transaction, so repeating it returns that answer instead of acting again.
 */
package dev.cashback.plugin.infrastructure.idempotency;
