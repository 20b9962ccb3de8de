/** Cashback → Webhooks: the endpoints that receive the outbound events, and their deliveries. */
package dev.cashback.plugin.interfaces.web.event;
