package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.application.ledger.LedgerFindings;
import dev.cashback.plugin.application.ledger.LedgerInspector;
import dev.cashback.plugin.application.ledger.LedgerScope;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes the ledger's invariants from its entries: every journal and every currency sums to
 * zero, every materialised balance equals the sum of its account's entries, and what each cashback
 * transaction says it still holds matches the learner-side entries posted for it (and what it
 * donated, the cause's entries), every available balance equals what its lots hold (zero while it
 * is below zero), and what lots lost to expiry equals the EXPIRED entries. With a scope, the
 * per-currency sums still cover every entry (one aggregate), the other checks only the journals the
 * scope selects and the accounts and transactions those journals touch.
 */
@ApplicationScoped
public class LedgerAudit implements LedgerInspector {

  /** The journals a scope selects: ?1 the last entry id already examined, ?2 the look-back. */
  private static final String TOUCHED =
      "(SELECT s.journal_id FROM cb_entry s WHERE s.id > ?1"
          + " UNION SELECT sj.id FROM cb_journal sj WHERE sj.created_at >= ?2)";

  /** What clawbacks could not take back stays on the learner's side of the ledger. */
  private static final String UNCOLLECTED =
      "COALESCE((SELECT SUM(r.uncollected) FROM cb_reversal r WHERE r.transaction_id = t.id), 0)";

  /** What was donated and not taken back sits on the cause's account, not the learner's. */
  private static final String DONATED = "(t.donated_amount - t.donation_reversed)";

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Inject CashbackClock clock;

  /** Runs in the caller's transaction; violations are each described for people. */
  @Override
  @SuppressWarnings("unchecked")
  public LedgerFindings inspect(LedgerScope scope) {
    OffsetDateTime startedAt = clock.now();
    long highWaterMark =
        ((Number)
                em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM cb_entry").getSingleResult())
            .longValue();
    // Only where a scope is given: which journals, accounts and transactions are looked at.
    String journals = scope == null ? "" : " WHERE journal_id IN " + TOUCHED;
    String accounts =
        scope == null
            ? ""
            : " AND a.id IN (SELECT sa.account_id FROM cb_entry sa WHERE sa.journal_id IN "
                + TOUCHED
                + ")";
    String transactions =
        scope == null
            ? ""
            : " WHERE t.id IN (SELECT st.transaction_id FROM cb_journal st WHERE st.id IN "
                + TOUCHED
                + ")";
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
        in(
                scope,
                "SELECT journal_id FROM cb_entry"
                    + journals
                    + " GROUP BY journal_id HAVING SUM(amount) <> 0")
            .getResultList()) {
      found.add("journal " + row + " does not balance");
    }
    for (Object[] row :
        (List<Object[]>)
            in(
                    scope,
                    "SELECT a.id, a.owner_id, a.kind, a.balance, COALESCE(SUM(e.amount), 0)"
                        + " FROM cb_account a LEFT JOIN cb_entry e ON e.account_id = a.id"
                        + " WHERE a.materialised = TRUE"
                        + accounts
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
            in(
                    scope,
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
                        + transactions
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
            in(
                    scope,
                    "SELECT t.id, "
                        + DONATED
                        + ", COALESCE(SUM(e.amount), 0) FROM cb_transaction t"
                        + " LEFT JOIN cb_journal j ON j.transaction_id = t.id"
                        + " LEFT JOIN cb_entry e ON e.journal_id = j.id"
                        + " AND e.account_id IN (SELECT id FROM cb_account WHERE kind = 'DONATION')"
                        + transactions
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
    for (Object[] row :
        (List<Object[]>)
            in(
                    scope,
                    "SELECT a.owner_id, a.currency, a.balance, COALESCE(SUM(l.remaining), 0)"
                        + " FROM cb_account a LEFT JOIN cb_lot l ON l.user_id = a.owner_id"
                        + " AND l.currency = a.currency WHERE a.kind = 'AVAILABLE'"
                        + accounts
                        + " GROUP BY a.owner_id, a.currency, a.balance"
                        + " HAVING CASE WHEN a.balance > 0 THEN a.balance ELSE 0 END"
                        + " <> COALESCE(SUM(l.remaining), 0)")
                .getResultList()) {
      found.add(
          "account "
              + row[0]
              + " AVAILABLE in "
              + row[1]
              + " shows "
              + row[2]
              + " but its lots hold "
              + row[3]);
    }
    for (Object[] row :
        (List<Object[]>)
            em.createNativeQuery(
                    "SELECT x.currency, x.expired, COALESCE((SELECT SUM(e.amount) FROM cb_entry e"
                        + " JOIN cb_account a ON a.id = e.account_id WHERE a.kind = 'EXPIRED'"
                        + " AND a.currency = x.currency), 0) FROM (SELECT currency,"
                        + " SUM(expired_amount) AS expired FROM cb_lot GROUP BY currency) x"
                        + " WHERE x.expired <> COALESCE((SELECT SUM(e.amount) FROM cb_entry e"
                        + " JOIN cb_account a ON a.id = e.account_id WHERE a.kind = 'EXPIRED'"
                        + " AND a.currency = x.currency), 0)")
                .getResultList()) {
      found.add(
          "lots in " + row[0] + " expired " + row[1] + " but the EXPIRED entries give " + row[2]);
    }
    return new LedgerFindings(
        startedAt,
        highWaterMark,
        count(scope, "SELECT COUNT(*) FROM cb_entry" + journals),
        count(scope, "SELECT COUNT(*) FROM cb_account a WHERE a.materialised = TRUE" + accounts),
        count(scope, "SELECT COUNT(*) FROM cb_transaction t" + transactions),
        found);
  }

  /** The query with the scope's bounds bound, where it has any. */
  private Query in(LedgerScope scope, String sql) {
    Query query = em.createNativeQuery(sql);
    if (scope != null) {
      query.setParameter(1, scope.afterEntryId()).setParameter(2, scope.journalsFrom());
    }
    return query;
  }

  private long count(LedgerScope scope, String sql) {
    return ((Number) in(scope, sql).getSingleResult()).longValue();
  }
}
