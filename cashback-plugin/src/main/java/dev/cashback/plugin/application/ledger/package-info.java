/**
 * The ledger check: recomputing the ledger's invariants from its entries (every currency and every
 * journal sums to zero, every stored balance equals its entries, every cashback transaction's
 * amounts match the entries posted for it), incrementally on a timer and in full when an admin
 * asks, and remembering each run so admins, the API and the health check can say when it last ran
 * and what it found. The ports it needs ({@link
 * dev.cashback.plugin.application.ledger.LedgerInspector}, {@link
 * dev.cashback.plugin.application.ledger.LedgerCheckLog}) are implemented in infrastructure.
 */
package dev.cashback.plugin.application.ledger;
