/**
 * Outbound events: the kinds of state change the plugin tells other systems of (each a CloudEvents
 * type), the webhook endpoints an admin registers (address, the types it wants, its signing secret)
 * and the states of a delivery.
 */
package dev.cashback.plugin.domain.event;
