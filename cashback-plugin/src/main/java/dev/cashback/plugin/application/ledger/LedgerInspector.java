package dev.cashback.plugin.application.ledger;

/** Port: recomputes the ledger's invariants from its entries. */
public interface LedgerInspector {

  /** Examines the whole ledger, or with a scope only what it selects (plus per-currency sums). */
  LedgerFindings inspect(LedgerScope scope);

  /** Examines the whole ledger. */
  default LedgerFindings inspectAll() {
    return inspect(null);
  }
}
