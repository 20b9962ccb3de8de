package dev.cashback.plugin.application.shared;

import dev.cashback.plugin.domain.accrual.ClawbackPolicy;
import dev.cashback.plugin.domain.payout.SecondApprovalThresholds;
import dev.cashback.plugin.domain.referral.ReferralTerms;
import dev.cashback.plugin.domain.rule.StackingPolicy;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.infrastructure.config.ConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The business settings, read once from configuration and checked at start-up. */
@ApplicationScoped
public class CashbackSettings {

  private static final Logger LOG = Logger.getLogger(CashbackSettings.class.getName());
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Inject
  @ConfigProperty(name = ConfigKeys.HOLD_DAYS, defaultValue = ConfigKeys.HOLD_DAYS_DEFAULT)
  int holdDays;

  @Inject
  @ConfigProperty(name = ConfigKeys.TIMEZONE, defaultValue = ConfigKeys.TIMEZONE_DEFAULT)
  String timezone;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.CLAWBACK_POLICY,
      defaultValue = ConfigKeys.CLAWBACK_POLICY_DEFAULT)
  String clawbackPolicy;

  @Inject
  @ConfigProperty(name = ConfigKeys.STACKING, defaultValue = ConfigKeys.STACKING_DEFAULT)
  String stacking;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.REFERRAL_QUALIFYING_AMOUNT,
      defaultValue = ConfigKeys.REFERRAL_QUALIFYING_AMOUNT_DEFAULT)
  BigDecimal referralQualifyingAmount;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.REFERRAL_QUALIFYING_DAYS,
      defaultValue = ConfigKeys.REFERRAL_QUALIFYING_DAYS_DEFAULT)
  int referralQualifyingDays;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.REFERRAL_JOINING_BONUS,
      defaultValue = ConfigKeys.REFERRAL_JOINING_BONUS_DEFAULT)
  BigDecimal referralJoiningBonus;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.REFERRAL_REFERRER_BONUS,
      defaultValue = ConfigKeys.REFERRAL_REFERRER_BONUS_DEFAULT)
  BigDecimal referralReferrerBonus;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.REFERRAL_CURRENCY,
      defaultValue = ConfigKeys.REFERRAL_CURRENCY_DEFAULT)
  String referralCurrency;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.DONATION_DEFAULT_SHARE,
      defaultValue = ConfigKeys.DONATION_DEFAULT_SHARE_DEFAULT)
  BigDecimal donationDefaultShare;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.DONATION_CAUSE,
      defaultValue = ConfigKeys.DONATION_CAUSE_DEFAULT)
  String donationCause;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.PAYOUT_SECOND_APPROVAL_ABOVE,
      defaultValue = ConfigKeys.PAYOUT_SECOND_APPROVAL_ABOVE_DEFAULT)
  String payoutSecondApprovalAbove;

  private volatile SecondApprovalThresholds secondApproval;

  /**
   * The per-currency amounts above which a payout needs two admins. A value that cannot be read is
   * logged as an error and treated as no thresholds at all, so every payout needs two admins until
   * it is fixed: a mistake in it never lets a payout through with one.
   */
  public SecondApprovalThresholds payoutSecondApproval() {
    SecondApprovalThresholds thresholds = secondApproval;
    if (thresholds == null) {
      try {
        thresholds = SecondApprovalThresholds.parse(payoutSecondApprovalAbove);
      } catch (IllegalArgumentException e) {
        LOG.severe(
            ConfigKeys.PAYOUT_SECOND_APPROVAL_ABOVE
                + " cannot be read: "
                + e.getMessage()
                + " Until it is fixed every payout needs two admins.");
        thresholds = SecondApprovalThresholds.none();
      }
      secondApproval = thresholds;
    }
    return thresholds;
  }

  /** The referral programme as configured now; a referral keeps the terms it was made under. */
  public ReferralTerms referralTerms() {
    String currency = referralCurrency.strip();
    return new ReferralTerms(
        Money.of(referralQualifyingAmount, currency),
        referralQualifyingDays,
        Money.of(referralJoiningBonus, currency).roundDownToMinorUnit(),
        Money.of(referralReferrerBonus, currency).roundDownToMinorUnit());
  }

  /** The donated share (0-100) for learners who have not chosen one. */
  public BigDecimal donationDefaultShare() {
    if (donationDefaultShare.signum() < 0 || donationDefaultShare.compareTo(HUNDRED) > 0) {
      throw new IllegalStateException(
          ConfigKeys.DONATION_DEFAULT_SHARE + " must be between 0 and 100.");
    }
    return donationDefaultShare;
  }

  public String donationCause() {
    return donationCause;
  }

  public int holdDays() {
    return holdDays;
  }

  public ZoneId zone() {
    return ZoneId.of(timezone);
  }

  public ClawbackPolicy clawbackPolicy() {
    return ClawbackPolicy.of(clawbackPolicy);
  }

  public StackingPolicy stacking() {
    return StackingPolicy.valueOf(stacking.strip().toUpperCase());
  }
}
