package dev.cashback.plugin.domain.accrual;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a cashback transaction and the only moves allowed between its states. Pending
 * cashback is confirmed after its hold, or declined when all of it is reversed before that (a
 * partial reversal leaves it pending with less). Confirmed cashback that is reversed, in part or in
 * full, is reversed; a reversed one may be reversed further until nothing is left.
 */
public enum CashbackStatus {
  PENDING,
  CONFIRMED,
  DECLINED,
  REVERSED;

  public Set<CashbackStatus> next() {
    return switch (this) {
      case PENDING -> EnumSet.of(PENDING, CONFIRMED, DECLINED);
      case CONFIRMED -> EnumSet.of(REVERSED);
      case REVERSED -> EnumSet.of(REVERSED);
      case DECLINED -> EnumSet.noneOf(CashbackStatus.class);
    };
  }

  public boolean canMoveTo(CashbackStatus target) {
    return next().contains(target);
  }

  /** Whether the cashback sits in the learner's pending balance (else in available). */
  public boolean isHeld() {
    return this == PENDING;
  }
}
