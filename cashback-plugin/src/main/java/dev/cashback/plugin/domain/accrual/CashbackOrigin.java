package dev.cashback.plugin.domain.accrual;

import java.util.Objects;

/**
 * Where one cashback comes from: its source and the one thing that source refers to, the rule's id
 * for a rule, the network's id for a conversion or an approved claim, the referral's (its referee's
 * user id) for a referral bonus. The references a source does not have are null.
 */
public record CashbackOrigin(
    CashbackSource source, Long ruleId, Long networkId, String referralId) {

  public CashbackOrigin {
    Objects.requireNonNull(source, "source");
    boolean rule = ruleId != null;
    boolean network = networkId != null;
    boolean referral = referralId != null;
    boolean fits =
        switch (source) {
          case RULE -> rule && !network && !referral;
          case NETWORK_CONVERSION, MISSING_CASHBACK_CLAIM -> !rule && network && !referral;
          case REFERRAL_BONUS -> !rule && !network && referral;
        };
    if (!fits) {
      throw new IllegalArgumentException(
          "A cashback from " + source + " refers to " + reference(source) + " and nothing else.");
    }
  }

  /** Granted by the rule of id {@code ruleId}. */
  public static CashbackOrigin rule(long ruleId) {
    return new CashbackOrigin(CashbackSource.RULE, ruleId, null, null);
  }

  /** A conversion the network of id {@code networkId} reported. */
  public static CashbackOrigin networkConversion(long networkId) {
    return new CashbackOrigin(CashbackSource.NETWORK_CONVERSION, null, networkId, null);
  }

  /** An approved missing-cashback claim on a click of the network of id {@code networkId}. */
  public static CashbackOrigin missingCashbackClaim(long networkId) {
    return new CashbackOrigin(CashbackSource.MISSING_CASHBACK_CLAIM, null, networkId, null);
  }

  /** A bonus of the referral of the referee {@code refereeId}. */
  public static CashbackOrigin referralBonus(String refereeId) {
    return new CashbackOrigin(
        CashbackSource.REFERRAL_BONUS, null, null, Objects.requireNonNull(refereeId));
  }

  private static String reference(CashbackSource source) {
    return switch (source) {
      case RULE -> "a rule";
      case NETWORK_CONVERSION, MISSING_CASHBACK_CLAIM -> "a network";
      case REFERRAL_BONUS -> "a referral";
    };
  }
}
