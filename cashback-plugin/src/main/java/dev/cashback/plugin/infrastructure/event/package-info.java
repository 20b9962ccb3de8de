/**
 * Outbound events, implemented: the event outbox (events and their deliveries in the caller's
 * transaction, endpoints), the sender every node runs (claims due deliveries, signs them by the
 * Standard Webhooks scheme, posts them, retries with back-off), and the check that keeps endpoints
 * off private addresses.
 */
package dev.cashback.plugin.infrastructure.event;
