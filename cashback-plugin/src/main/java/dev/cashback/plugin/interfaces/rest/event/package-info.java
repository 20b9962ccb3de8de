/** The webhook endpoints that receive the outbound events, and their deliveries, for admins. */
package dev.cashback.plugin.interfaces.rest.event;
