package dev.cashback.plugin.domain.referral;

/** Where a referral stands. */
public enum ReferralStatus {
  /** The referee's confirmed purchases have not reached the qualifying amount yet. */
  WAITING,
  /** Both bonuses were granted. */
  REWARDED,
  /** The qualifying days passed first. */
  EXPIRED
}
