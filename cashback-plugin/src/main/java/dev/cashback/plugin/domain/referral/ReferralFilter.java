package dev.cashback.plugin.domain.referral;

/**
 * The admin's filter over referrals: one status, and users (referee or referrer) whose id starts
 * with a text; each part unused when null.
 */
public record ReferralFilter(ReferralStatus status, String userPrefix) {

  public static ReferralFilter all() {
    return new ReferralFilter(null, null);
  }
}
