package dev.cashback.plugin.api;

import java.util.Optional;

/**
 * Referrals: every user has a code to share; a sign-up carrying a code links the new user (the
 * referee) to the code's owner (the referrer). Once the referee's confirmed purchases reach the
 * configured amount within the configured days, the referee gets the joining bonus and the referrer
 * the referral bonus, once per referee.
 */
public interface CashbackReferrals {

  /** The user's own referral code, created on first use and never changed. */
  String codeOf(String userId);

  /**
   * Why this sign-up may not use its referral code, or empty when it may (or carries none). The
   * host calls it to show the reason beside the field before creating the account.
   */
  Optional<ReferralRefusal> check(ReferralSignup signup);

  /**
   * Records the sign-up (its hashed address and device, for later referees' checks) and links the
   * referee to the referrer when it carries a code. Call it in the transaction that creates the
   * account, so both happen or neither.
   *
   * @throws ReferralRefusedException when the code may not be used (checked again here: the host's
   *     earlier {@link #check} may have raced another sign-up)
   */
  void signedUp(ReferralSignup signup);
}
