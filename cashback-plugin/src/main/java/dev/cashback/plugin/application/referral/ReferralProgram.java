package dev.cashback.plugin.application.referral;

import dev.cashback.plugin.api.CashbackReferrals;
import dev.cashback.plugin.api.HostDirectory;
import dev.cashback.plugin.api.ReferralRefusal;
import dev.cashback.plugin.api.ReferralRefusedException;
import dev.cashback.plugin.api.ReferralSignup;
import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.application.shared.HostEntry;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.domain.referral.Referral;
import dev.cashback.plugin.domain.referral.ReferralCode;
import dev.cashback.plugin.domain.referral.ReferralRepository;
import dev.cashback.plugin.domain.referral.Signup;
import dev.cashback.plugin.domain.shared.Hashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Optional;

/**
 * The host's side of referrals: codes, and sign-ups checked against self-referral. A code may not
 * be used by its owner, by the owner's own mailbox under another address, from the address or
 * browser the owner signed up from, or from one another referee of the same owner signed up from
 * (one person making several accounts with one code).
 */
@ApplicationScoped
@HostEntry
public class ReferralProgram implements CashbackReferrals {

  @Inject ReferralRepository referrals;
  @Inject ReferralCodes codes;
  @Inject HostDirectory directory;
  @Inject TimeSource clock;
  @Inject CashbackConfig settings;

  @Override
  public String codeOf(String userId) {
    return codes.codeOf(userId);
  }

  @Override
  @Transactional
  public Optional<ReferralRefusal> check(ReferralSignup signup) {
    if (!signup.hasCode()) {
      return Optional.empty();
    }
    Optional<String> owner = codes.ownerOf(signup.referralCode());
    if (owner.isEmpty()) {
      return Optional.of(ReferralRefusal.UNKNOWN_CODE);
    }
    String referrer = owner.get();
    String emailKey = Signup.emailKey(signup.email());
    Signup referrerSignup = referrals.signupOf(referrer).orElse(null);
    String referrerEmail =
        referrerSignup != null
            ? referrerSignup.getEmailKey()
            : directory.emailOf(referrer).map(Signup::emailKey).orElse(null);
    if (referrer.equals(signup.userId()) || emailKey.equals(referrerEmail)) {
      return Optional.of(ReferralRefusal.OWN_CODE);
    }
    String ipHash = Hashes.sha256(signup.clientIp());
    String deviceHash = Hashes.sha256(signup.deviceId());
    if (referrerSignup != null && referrerSignup.sameDeviceAs(ipHash, deviceHash)) {
      return Optional.of(ReferralRefusal.SAME_DEVICE);
    }
    boolean likeAnotherReferee =
        referrals.signupsReferredBy(referrer).stream()
            .anyMatch(
                other ->
                    other.sameDeviceAs(ipHash, deviceHash)
                        || Objects.equals(other.getEmailKey(), emailKey));
    return likeAnotherReferee ? Optional.of(ReferralRefusal.SAME_DEVICE) : Optional.empty();
  }

  @Override
  @Transactional
  public void signedUp(ReferralSignup signup) {
    if (signup.hasCode()) {
      // Sign-ups with one code queue here, so two from one browser cannot both pass the checks.
      codes.lockCode(signup.referralCode());
    }
    Optional<ReferralRefusal> refusal = check(signup);
    if (refusal.isPresent()) {
      throw new ReferralRefusedException(refusal.get());
    }
    referrals.add(
        new Signup(
            signup.userId(),
            Signup.emailKey(signup.email()),
            Hashes.sha256(signup.clientIp()),
            Hashes.sha256(signup.deviceId()),
            clock.now()));
    if (signup.hasCode()) {
      String referrer = codes.ownerOf(signup.referralCode()).orElseThrow();
      referrals.add(
          new Referral(
              signup.userId(),
              referrer,
              ReferralCode.normalise(signup.referralCode()),
              settings.referralTerms(),
              clock.now()));
    }
  }
}
