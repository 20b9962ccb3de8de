package dev.cashback.plugin.domain.wallet;

/**
 * The accounts of the ledger. A learner's accounts carry a materialised balance, locked per
 * learner; the platform's do not, so no single platform row is written by every purchase (their
 * balance is the sum of their entries).
 */
public enum AccountKind {
  /** Cashback granted and held until confirmed. */
  PENDING(true),
  /** Cashback the learner may spend or withdraw. */
  AVAILABLE(true),
  /** The platform's side of every grant: what cashback has cost, net of reversals. */
  CASHBACK_EXPENSE(false),
  /** Cashback a learner asked to withdraw, held until the payout is paid or rejected. */
  PAYOUT_PENDING(true),
  /** The platform's side of balance spent at checkout. */
  REDEEMED(false),
  /** The platform's side of payouts made. */
  PAID_OUT(false),
  /** Cashback learners donated, owed to the cause. */
  DONATION(false),
  /** The platform's side of cashback that expired unspent. */
  EXPIRED(false);

  private final boolean learnerAccount;

  AccountKind(boolean learnerAccount) {
    this.learnerAccount = learnerAccount;
  }

  public boolean isLearnerAccount() {
    return learnerAccount;
  }
}
