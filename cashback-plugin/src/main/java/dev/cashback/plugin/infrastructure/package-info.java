/**
 * Technical adapters: JPA repositories, the observers of the host's events and the purchase inbox,
 * database migrations, scheduling and configuration. Host types are translated here into the
 * plugin's own before they reach the domain.
 */
package dev.cashback.plugin.infrastructure;
