/**
 * Outbound events: {@code ChangeEvents} turns each state change into a CloudEvents event written
 * through the {@code EventOutbox} port in the transaction of the change; {@code WebhookEndpoints}
 * is the admin's management of the addresses that receive them (checked by the {@code
 * AddressPolicy} port against server-side request forgery) and of their deliveries.
 */
package dev.cashback.plugin.application.event;
