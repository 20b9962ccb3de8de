package dev.cashback.plugin.application.referral;

import dev.cashback.plugin.api.HostDirectory;
import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.domain.referral.Referral;
import dev.cashback.plugin.domain.referral.ReferralAmounts;
import dev.cashback.plugin.domain.referral.ReferralFilter;
import dev.cashback.plugin.domain.referral.ReferralRepository;
import dev.cashback.plugin.domain.referral.ReferralStatus;
import dev.cashback.plugin.domain.shared.MaskedEmail;
import dev.cashback.plugin.domain.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Who referred whom and how far each referee has come: every referral for admins, and a referrer's
 * own with each referee's address masked (a learner never sees another's full e-mail).
 */
@RequestScoped
@Transactional
public class ReferralReports {

  /** How many of their referrals a learner sees. */
  static final int MY_REFERRALS = 200;

  @Inject CurrentUser caller;
  @Inject ReferralRepository referrals;
  @Inject ReferralRewards rewards;
  @Inject ReferralCodes codes;
  @Inject HostDirectory directory;

  /**
   * A referral with the referee's confirmed purchases so far towards the qualifying amount, in the
   * currency they came closest in (see {@link ReferralRewards#progress}).
   */
  public record Progress(Referral referral, ReferralAmounts amounts, Money confirmed) {

    public Money qualifyingAmount() {
      return amounts.qualifying();
    }
  }

  /** One of a referrer's own referrals, as they may see it. */
  public record MyReferral(
      String referee,
      ReferralStatus status,
      OffsetDateTime joinedAt,
      OffsetDateTime qualifyUntil,
      Money confirmed,
      Money qualifyingAmount,
      Money referrerBonus) {}

  /** The learner's code to share and the people who signed up with it. */
  public record MyReferrals(String code, List<MyReferral> referrals) {}

  /**
   * A page of the referrals for the admin's filter: status, start of the referee's or referrer's
   * id.
   */
  public List<Progress> search(ReferralStatus status, String user, int first, int max) {
    caller.require(CurrentUser.ADMIN);
    return referrals.search(filter(status, user), first, max).stream()
        .map(this::progressOf)
        .toList();
  }

  public long count(ReferralStatus status, String user) {
    caller.require(CurrentUser.ADMIN);
    return referrals.count(filter(status, user));
  }

  /** The caller's code and their referrals, the latest first. */
  public MyReferrals mine() {
    String me = caller.require(CurrentUser.LEARNER);
    List<MyReferral> mine =
        referrals.referredBy(me, MY_REFERRALS).stream()
            .map(this::progressOf)
            .map(
                p ->
                    new MyReferral(
                        MaskedEmail.of(
                            directory
                                .emailOf(p.referral().getRefereeId())
                                .orElse(p.referral().getRefereeId())),
                        p.referral().getStatus(),
                        p.referral().getJoinedAt(),
                        p.referral().getQualifyUntil(),
                        p.confirmed(),
                        p.qualifyingAmount(),
                        p.amounts().referrer()))
            .toList();
    return new MyReferrals(codes.codeOf(me), mine);
  }

  private Progress progressOf(Referral referral) {
    ReferralRewards.Progress progress = rewards.progress(referral);
    return new Progress(referral, progress.amounts(), progress.confirmed());
  }

  private static ReferralFilter filter(ReferralStatus status, String user) {
    return new ReferralFilter(status, user == null || user.isBlank() ? null : user.strip());
  }
}
