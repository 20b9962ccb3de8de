package dev.cashback.plugin.application.ledger;

/** How much of the ledger a check looks at. */
public enum LedgerCheckKind {
  /**
   * The per-currency sums over every entry, and the journals, accounts and cashback transactions
   * touched since the last run that found nothing.
   */
  INCREMENTAL,
  /** Every journal, account and cashback transaction. */
  FULL
}
