package dev.cashback.plugin.domain.wallet;

/** Why money moved. */
public enum JournalKind {
  ACCRUAL,
  CONFIRMATION,
  DECLINE,
  REVERSAL,
  SPEND,
  SPEND_RETURN,
  PAYOUT_REQUEST,
  PAYOUT_PAID,
  PAYOUT_REJECTED,
  /** What was left of a lot when it expired leaves the wallet. */
  EXPIRY
}
