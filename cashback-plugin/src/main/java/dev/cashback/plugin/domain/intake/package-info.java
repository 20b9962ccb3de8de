/**
 * The inbound events the plugin took in but could not apply: {@link
 * dev.cashback.plugin.domain.intake.RefusedEvent} keeps each one refused, with its reason and what
 * was sent, for admins; nothing retries it by itself. Host events (a refund in another currency
 * than its purchase, ids or texts beyond the contract's limits, a statement that failed) and
 * network postbacks (a takeover of another click's conversion, a disabled network) are kept alike,
 * told apart by their kind.
 */
package dev.cashback.plugin.domain.intake;
