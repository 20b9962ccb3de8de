package dev.cashback.plugin.api;

/** A sign-up tried to use a referral code it may not use; nothing was recorded. */
public class ReferralRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ReferralRefusal refusal;

  public ReferralRefusedException(ReferralRefusal refusal) {
    super("The referral code cannot be used: " + refusal);
    this.refusal = refusal;
  }

  public ReferralRefusal refusal() {
    return refusal;
  }
}
