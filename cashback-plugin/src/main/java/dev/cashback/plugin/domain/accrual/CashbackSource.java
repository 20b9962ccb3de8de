package dev.cashback.plugin.domain.accrual;

/**
 * Where a cashback comes from. Each source names what it refers to (see {@link CashbackOrigin}): an
 * admin's rule, or the network or referral the cashback was granted for.
 */
public enum CashbackSource {
  /** An admin's rule on a purchase in the host; refers to the rule. */
  RULE,
  /** A network's postback reporting a sale after a learner's shop click; refers to the network. */
  NETWORK_CONVERSION,
  /**
   * An admin's approval of a learner's missing-cashback claim, recorded as if the network had
   * reported the sale; refers to the network.
   */
  MISSING_CASHBACK_CLAIM,
  /** The referral programme's joining or referral bonus; refers to the referral (its referee). */
  REFERRAL_BONUS
}
