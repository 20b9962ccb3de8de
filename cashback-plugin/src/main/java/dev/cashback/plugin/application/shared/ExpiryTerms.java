package dev.cashback.plugin.application.shared;

import java.time.OffsetDateTime;

/**
 * When available cashback expires: after {@code days} (0: never) unless its rule, network or the
 * referral programme says otherwise; a reminder {@code reminderDays} before (0: none); cashback
 * returned to a lot whose expiry has passed lasts {@code graceDays} from its return.
 *
 * @param referralDays the referral bonuses' own days, or null for {@code days}
 */
public record ExpiryTerms(int days, int reminderDays, int graceDays, Integer referralDays) {

  /** When cashback available from {@code now} expires with these days (null: the default). */
  public OffsetDateTime expiresAt(OffsetDateTime now, Integer ownDays) {
    int effective = ownDays != null ? ownDays : days;
    return effective == 0 ? null : now.plusDays(effective);
  }

  /** Until when cashback returned {@code now} to an expired lot lasts. */
  public OffsetDateTime renewedUntil(OffsetDateTime now) {
    return now.plusDays(graceDays);
  }
}
