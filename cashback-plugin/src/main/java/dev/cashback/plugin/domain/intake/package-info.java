/**
 * The host events the plugin took in but could not apply: {@link
 * dev.cashback.plugin.domain.intake.RefusedEvent} keeps each one refused (a refund in another
 * currency than its purchase, ids or texts beyond the contract's limits, a statement that failed)
 * with its reason and what the host sent, for admins; nothing retries it by itself.
 */
package dev.cashback.plugin.domain.intake;
