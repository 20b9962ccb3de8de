package dev.cashback.plugin.api;

/** Why a referral code cannot be used by a sign-up; the host words each for its users. */
public enum ReferralRefusal {
  /** No user has this code. */
  UNKNOWN_CODE,
  /** The code is the new user's own, or its owner has the same e-mail address. */
  OWN_CODE,
  /** The code's owner signed up from the same network address or the same browser. */
  SAME_DEVICE
}
