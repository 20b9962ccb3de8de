package dev.cashback.plugin.application;

import dev.cashback.plugin.domain.wallet.AccountKind;
import dev.cashback.plugin.domain.wallet.Ledger;
import dev.cashback.plugin.domain.wallet.LedgerAccount;

/**
 * A learner's two accounts in one currency, locked together and always in the same order (pending,
 * then available), so concurrent work on one learner queues instead of deadlocking.
 */
record LearnerWallet(LedgerAccount pending, LedgerAccount available, LedgerAccount expense) {

  static LearnerWallet lock(Ledger ledger, String userId, String currency) {
    LedgerAccount pending = ledger.learnerAccountForUpdate(userId, AccountKind.PENDING, currency);
    LedgerAccount available =
        ledger.learnerAccountForUpdate(userId, AccountKind.AVAILABLE, currency);
    return new LearnerWallet(
        pending, available, ledger.platformAccount(AccountKind.CASHBACK_EXPENSE, currency));
  }
}
