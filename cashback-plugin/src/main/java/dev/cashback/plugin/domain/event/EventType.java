package dev.cashback.plugin.domain.event;

import java.util.Arrays;
import java.util.Optional;

/** Every state change told to the outside, with its CloudEvents {@code type}. */
public enum EventType {
  TRANSACTION_GRANTED("dev.cashback.transaction.granted"),
  TRANSACTION_CONFIRMED("dev.cashback.transaction.confirmed"),
  TRANSACTION_DECLINED("dev.cashback.transaction.declined"),
  TRANSACTION_REVERSED("dev.cashback.transaction.reversed"),
  CASHBACK_EXPIRED("dev.cashback.cashback.expired"),
  PAYOUT_REQUESTED("dev.cashback.payout.requested"),
  PAYOUT_PAID("dev.cashback.payout.paid"),
  PAYOUT_REJECTED("dev.cashback.payout.rejected"),
  PAYOUT_UNKNOWN("dev.cashback.payout.unknown"),
  REFERRAL_REWARDED("dev.cashback.referral.rewarded"),
  CLAIM_APPROVED("dev.cashback.claim.approved"),
  CLAIM_REJECTED("dev.cashback.claim.rejected");

  private final String cloudEventType;

  EventType(String cloudEventType) {
    this.cloudEventType = cloudEventType;
  }

  /** The CloudEvents {@code type}, e.g. {@code dev.cashback.transaction.confirmed}. */
  public String cloudEventType() {
    return cloudEventType;
  }

  /** The type with this CloudEvents name. */
  public static Optional<EventType> ofCloudEventType(String name) {
    return Arrays.stream(values()).filter(t -> t.cloudEventType.equals(name)).findFirst();
  }
}
