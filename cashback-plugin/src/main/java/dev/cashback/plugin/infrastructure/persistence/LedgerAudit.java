package dev.cashback.plugin.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes the ledger's invariants from its entries: every journal and every currency sums to
 * zero, every materialised balance equals the sum of its account's entries, and what each cashback
 * transaction says it still holds matches the learner-side entries posted for it (and what it
 * donated, the cause's entries). Run after every in-container test.
 */
@ApplicationScoped
public class LedgerAudit {

  /** What clawbacks could not take back stays on the learner's side of the ledger. */
  private static final String UNCOLLECTED =
      "COALESCE((SELECT SUM(r.uncollected) FROM cb_reversal r WHERE r.transaction_id = t.id), 0)";

  /** What was donated and not taken back sits on the cause's account, not the learner's. */
  private static final String DONATED = "(t.donated_amount - t.donation_reversed)";

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  /** Violations found, each described for people; empty when the ledger is sound. */
  @Transactional
  @SuppressWarnings("unchecked")
  public List<String> violations() {
    List<String> found = new ArrayList<>();
    for (Object[] row :
        (List<Object[]>)
            em.createNativeQuery(
                    "SELECT a.currency, SUM(e.amount) FROM cb_entry e JOIN cb_account a ON a.id = e.account_id"
                        + " GROUP BY a.currency HAVING SUM(e.amount) <> 0")
                .getResultList()) {
      found.add("entries in " + row[0] + " sum to " + row[1] + ", not zero");
    }
    for (Object row :
        em.createNativeQuery(
                "SELECT journal_id FROM cb_entry GROUP BY journal_id HAVING SUM(amount) <> 0")
            .getResultList()) {
      found.add("journal " + row + " does not balance");
    }
    for (Object[] row :
        (List<Object[]>)
            em.createNativeQuery(
                    "SELECT a.id, a.owner_id, a.kind, a.balance, COALESCE(SUM(e.amount), 0)"
                        + " FROM cb_account a LEFT JOIN cb_entry e ON e.account_id = a.id"
                        + " WHERE a.materialised = TRUE"
                        + " GROUP BY a.id, a.owner_id, a.kind, a.balance"
                        + " HAVING a.balance <> COALESCE(SUM(e.amount), 0)")
                .getResultList()) {
      found.add(
          "account "
              + row[1]
              + " "
              + row[2]
              + " shows "
              + row[3]
              + " but its entries sum to "
              + row[4]);
    }
    for (Object[] row :
        (List<Object[]>)
            em.createNativeQuery(
                    "SELECT t.id, t.cashback_amount - t.reversed_amount + "
                        + UNCOLLECTED
                        + " - "
                        + DONATED
                        + ","
                        + " COALESCE(SUM(e.amount), 0)"
                        + " FROM cb_transaction t"
                        + " LEFT JOIN cb_journal j ON j.transaction_id = t.id"
                        + " LEFT JOIN cb_entry e ON e.journal_id = j.id"
                        + " AND e.account_id IN (SELECT id FROM cb_account WHERE materialised = TRUE)"
                        + " GROUP BY t.id, t.cashback_amount, t.reversed_amount,"
                        + " t.donated_amount, t.donation_reversed"
                        + " HAVING t.cashback_amount - t.reversed_amount + "
                        + UNCOLLECTED
                        + " - "
                        + DONATED
                        + " <> COALESCE(SUM(e.amount), 0)")
                .getResultList()) {
      found.add(
          "cashback transaction "
              + row[0]
              + " holds "
              + row[1]
              + " but its ledger entries give "
              + row[2]);
    }
    for (Object[] row :
        (List<Object[]>)
            em.createNativeQuery(
                    "SELECT t.id, "
                        + DONATED
                        + ", COALESCE(SUM(e.amount), 0) FROM cb_transaction t"
                        + " LEFT JOIN cb_journal j ON j.transaction_id = t.id"
                        + " LEFT JOIN cb_entry e ON e.journal_id = j.id"
                        + " AND e.account_id IN (SELECT id FROM cb_account WHERE kind = 'DONATION')"
                        + " GROUP BY t.id, t.donated_amount, t.donation_reversed"
                        + " HAVING "
                        + DONATED
                        + " <> COALESCE(SUM(e.amount), 0)")
                .getResultList()) {
      found.add(
          "cashback transaction "
              + row[0]
              + " donated "
              + row[1]
              + " but the cause's entries give "
              + row[2]);
    }
    return found;
  }
}
