/**
 * Technical adapters, the implementations of what the application and the domain need from outside:
 * JPA repositories, the intake of host events (the observers, the purchase inbox, the signed
 * intake), the e-mail outbox and its sender, scheduled confirmation, idempotency keys, the plugin's
 * own payout provider, metrics, health checks, database migrations and configuration. Host types
 * are translated here into the plugin's own before they reach the domain.
 */
package dev.cashback.plugin.infrastructure;
