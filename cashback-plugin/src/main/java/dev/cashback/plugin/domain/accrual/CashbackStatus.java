package dev.cashback.plugin.domain.accrual;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a cashback transaction and the only moves allowed between its states: pending
 * cashback is confirmed after the hold or declined by a refund; confirmed cashback may be reversed
 * by a later refund.
 */
public enum CashbackStatus {
  PENDING,
  CONFIRMED,
  DECLINED,
  REVERSED;

  public Set<CashbackStatus> next() {
    return switch (this) {
      case PENDING -> EnumSet.of(CONFIRMED, DECLINED);
      case CONFIRMED -> EnumSet.of(REVERSED);
      case DECLINED, REVERSED -> EnumSet.noneOf(CashbackStatus.class);
    };
  }

  public boolean canMoveTo(CashbackStatus target) {
    return next().contains(target);
  }
}
