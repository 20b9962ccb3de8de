package dev.cashback.plugin.application.shared;

import dev.cashback.plugin.domain.accrual.ClawbackPolicy;
import dev.cashback.plugin.domain.network.ClaimWindow;
import dev.cashback.plugin.domain.payout.SecondApprovalThresholds;
import dev.cashback.plugin.domain.referral.ReferralAmounts;
import dev.cashback.plugin.domain.referral.ReferralTerms;
import dev.cashback.plugin.domain.rule.StackingPolicy;
import dev.cashback.plugin.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The business terms from configuration (hold days, time zone, clawback and stacking policies,
 * referral and donation terms, payout approval thresholds, the claim window), read once and checked
 * at start-up.
 */
@ApplicationScoped
public class CashbackConfig extends ConfigSection {

  private static final Logger LOG = Logger.getLogger(CashbackConfig.class.getName());
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private int holdDays;
  private String timezone;
  private String clawbackPolicy;
  private String stacking;
  private BigDecimal referralQualifyingAmount;
  private int referralQualifyingDays;
  private BigDecimal referralJoiningBonus;
  private BigDecimal referralReferrerBonus;
  private String referralCurrency;
  private List<ReferralAmounts> referralOtherCurrencies;
  private BigDecimal donationDefaultShare;
  private String donationCause;
  private Locale mailLanguage;
  private String payoutSecondApprovalAbove;
  private int claimMinDays;
  private int claimMaxDays;
  private int expiryDays;
  private int expiryReminderDays;
  private int expiryGraceDays;
  private Integer referralExpiryDays;
  private volatile SecondApprovalThresholds secondApproval;

  @Override
  protected void read() {
    holdDays = integer(ConfigKeys.HOLD_DAYS);
    timezone = text(ConfigKeys.TIMEZONE);
    clawbackPolicy = text(ConfigKeys.CLAWBACK_POLICY);
    stacking = text(ConfigKeys.STACKING);
    referralQualifyingAmount = decimal(ConfigKeys.REFERRAL_QUALIFYING_AMOUNT);
    referralQualifyingDays = integer(ConfigKeys.REFERRAL_QUALIFYING_DAYS);
    referralJoiningBonus = decimal(ConfigKeys.REFERRAL_JOINING_BONUS);
    referralReferrerBonus = decimal(ConfigKeys.REFERRAL_REFERRER_BONUS);
    referralCurrency = text(ConfigKeys.REFERRAL_CURRENCY);
    try {
      referralOtherCurrencies =
          ReferralTerms.parseOtherCurrencies(
              optional(ConfigKeys.REFERRAL_OTHER_CURRENCIES).orElse(""));
    } catch (IllegalArgumentException e) {
      LOG.severe(
          ConfigKeys.REFERRAL_OTHER_CURRENCIES
              + " cannot be read: "
              + e.getMessage()
              + " Until it is fixed referrals are made in "
              + referralCurrency
              + " only.");
      referralOtherCurrencies = List.of();
    }
    donationDefaultShare = decimal(ConfigKeys.DONATION_DEFAULT_SHARE);
    donationCause = text(ConfigKeys.DONATION_CAUSE);
    mailLanguage = Locale.forLanguageTag(text(ConfigKeys.MAIL_LANGUAGE).strip());
    payoutSecondApprovalAbove = text(ConfigKeys.PAYOUT_SECOND_APPROVAL_ABOVE);
    claimMinDays = integer(ConfigKeys.CLAIMS_MIN_DAYS);
    claimMaxDays = integer(ConfigKeys.CLAIMS_MAX_DAYS);
    expiryDays = integer(ConfigKeys.EXPIRY_DAYS);
    expiryReminderDays = integer(ConfigKeys.EXPIRY_REMINDER_DAYS);
    expiryGraceDays = integer(ConfigKeys.EXPIRY_GRACE_DAYS);
    referralExpiryDays =
        optional(ConfigKeys.REFERRAL_EXPIRY_DAYS)
            .filter(days -> !days.isBlank())
            .map(days -> Integer.valueOf(days.strip()))
            .orElse(null);
    if (expiryDays < 0
        || expiryReminderDays < 0
        || expiryGraceDays < 1
        || (referralExpiryDays != null && referralExpiryDays < 0)) {
      throw new IllegalStateException(
          "Expiry days are 0 or more (0: never), reminder days 0 or more, grace days 1 or more.");
    }
  }

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
        Money.of(referralReferrerBonus, currency).roundDownToMinorUnit(),
        referralOtherCurrencies.stream().filter(a -> !a.currency().equals(currency)).toList());
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

  /** The language of e-mails to recipients whose language the host does not tell. */
  public Locale mailLanguage() {
    return mailLanguage;
  }

  /** When available cashback expires, and when its learner hears of it. */
  public ExpiryTerms expiryTerms() {
    return new ExpiryTerms(expiryDays, expiryReminderDays, expiryGraceDays, referralExpiryDays);
  }

  /** When a missing-cashback claim on a click is accepted. */
  public ClaimWindow claimWindow() {
    return new ClaimWindow(claimMinDays, claimMaxDays);
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
