package dev.cashback.plugin.domain.wallet;

import dev.cashback.plugin.domain.shared.Money;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/** Where accounts and journals are kept. Accounts are created on first use. */
public interface Ledger {

  /**
   * A learner's account, created if missing, and locked for the rest of the transaction: every
   * change to a learner's balances goes through this lock, so no race can take a balance below what
   * the rules allow.
   */
  LedgerAccount learnerAccountForUpdate(String userId, AccountKind kind, String currency);

  /**
   * Locks, in one statement and in learner then currency order, the pending accounts these learners
   * already have in any of these currencies, and returns them. Accounts not opened yet are not
   * opened here: {@link #learnerAccountForUpdate} opens and locks them when they are needed, after
   * these, in the caller's order.
   */
  List<LedgerAccount> lockPendingAccounts(SortedSet<String> userIds, Set<String> currencies);

  /** The platform's account of this kind; never locked, its balance never materialised. */
  LedgerAccount platformAccount(AccountKind kind, String currency);

  void post(Journal journal);

  /** A learner's accounts in every currency, for reading; nothing is locked. */
  List<LedgerAccount> learnerAccounts(String userId);

  /** What the user spent from their available balance with this reference (a purchase id). */
  Money spentOn(String userId, String reference, String currency);

  /** Whether this refund already returned spent cashback. */
  boolean hasSpendReturn(String refundId);

  /** What earlier refunds of the purchase returned, in order: cash refunded, cashback returned. */
  List<SpendReturn> spendReturns(String purchaseId);

  void add(SpendReturn spendReturn);

  /** A learner's lots of available cashback in every currency, newest first; nothing is locked. */
  List<CashbackLot> lots(String userId);
}
