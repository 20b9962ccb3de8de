package dev.cashback.plugin.domain.payout;

/**
 * The life of a payout. The amount leaves the available balance when requested; it is paid out, or
 * returned when rejected. Above the configured amount a first approval waits for a second,
 * different admin. A payout whose provider could not say whether it paid stays UNKNOWN until an
 * admin reconciles it: it is never sent again blindly.
 */
public enum PayoutStatus {
  REQUESTED,
  AWAITING_SECOND_APPROVAL,
  UNKNOWN,
  PAID,
  REJECTED;

  public boolean isOpen() {
    return this == REQUESTED || this == AWAITING_SECOND_APPROVAL;
  }

  public boolean isFinal() {
    return this == PAID || this == REJECTED;
  }
}
