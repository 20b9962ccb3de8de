/**
 * Cashback earned on purchases: the plugin's own view of a purchase and of a refund ({@link
 * dev.cashback.plugin.domain.accrual.PurchaseFacts}, {@link
 * dev.cashback.plugin.domain.accrual.RefundFacts}), the calculation that applies rules to a
 * purchase, and the cashback transactions it yields with a snapshot of rule, base and rate; their
 * life from pending to confirmed, declined or reversed, the reversals with the clawback policy, and
 * why a rule would or would not grant (for the rule preview). Also whether a learner earns cashback
 * at all ({@link dev.cashback.plugin.domain.accrual.CashbackSwitch}), and what the lists and the
 * dashboard read: the Transaction list's filter and paging cursor, a learner's summary for the
 * History list, the dashboard's figures.
 */
package dev.cashback.plugin.domain.accrual;
