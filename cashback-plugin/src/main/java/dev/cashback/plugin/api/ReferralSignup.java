package dev.cashback.plugin.api;

/**
 * A sign-up as the host saw it.
 *
 * @param referralCode the code typed in, or null/blank for none
 * @param clientIp the new user's address, stored only as a hash
 * @param deviceId the host's long-lived id of the browser (a cookie), stored only as a hash; null
 *     when the host has none
 */
public record ReferralSignup(
    String userId, String email, String referralCode, String clientIp, String deviceId) {

  public ReferralSignup {
    Require.text(userId, "userId");
    Require.text(email, "email");
    referralCode = referralCode == null || referralCode.isBlank() ? null : referralCode.strip();
  }

  public boolean hasCode() {
    return referralCode != null;
  }
}
