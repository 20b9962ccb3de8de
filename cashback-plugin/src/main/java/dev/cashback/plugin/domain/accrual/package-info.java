/**
 * Cashback earned on purchases: the plugin's own view of a purchase ({@link
 * dev.cashback.plugin.domain.accrual.PurchaseFacts}), the calculation that applies rules to it, and
 * the cashback transactions it yields with a snapshot of rule, base and rate.
 */
package dev.cashback.plugin.domain.accrual;
