package dev.cashback.plugin.application.wallet;

import dev.cashback.plugin.domain.wallet.AccountKind;
import dev.cashback.plugin.domain.wallet.Ledger;
import dev.cashback.plugin.domain.wallet.LedgerAccount;

/**
 * A learner's two accounts in one currency, locked together and always in the same order (pending,
 * then available), so concurrent work on one learner queues instead of deadlocking. Work that only
 * adds to the pending balance locks just the pending account: a prefix of the same order, so still
 * deadlock-free.
 */
public record LearnerWallet(LedgerAccount pending, LedgerAccount available, LedgerAccount expense) {

  public static LearnerWallet lock(Ledger ledger, String userId, String currency) {
    LedgerAccount pending = ledger.learnerAccountForUpdate(userId, AccountKind.PENDING, currency);
    LedgerAccount available =
        ledger.learnerAccountForUpdate(userId, AccountKind.AVAILABLE, currency);
    return new LearnerWallet(
        pending, available, ledger.platformAccount(AccountKind.CASHBACK_EXPENSE, currency));
  }

  /** A pending account the caller has locked already, for grants; {@link #available()} is null. */
  public static LearnerWallet ofPending(LedgerAccount lockedPending, LedgerAccount expense) {
    return new LearnerWallet(lockedPending, null, expense);
  }

  /** The pending account alone, for grants; {@link #available()} is null. */
  public static LearnerWallet lockPending(Ledger ledger, String userId, String currency) {
    return new LearnerWallet(
        ledger.learnerAccountForUpdate(userId, AccountKind.PENDING, currency),
        null,
        ledger.platformAccount(AccountKind.CASHBACK_EXPENSE, currency));
  }
}
