package dev.cashback.plugin.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Shrinks several amounts so that together they stay within a limit, each in proportion to its size
 * and rounded down, so the total never exceeds the limit.
 */
public final class Allocation {

  private Allocation() {}

  public static List<Money> withinLimit(List<Money> amounts, Money limit) {
    Money total = amounts.stream().reduce(Money::plus).orElse(limit.minus(limit));
    if (total.compareTo(limit) <= 0) {
      return List.copyOf(amounts);
    }
    List<Money> shrunk = new ArrayList<>(amounts.size());
    if (!limit.isPositive()) {
      amounts.forEach(a -> shrunk.add(a.minus(a)));
      return shrunk;
    }
    BigDecimal factor = limit.amount().divide(total.amount(), 20, RoundingMode.DOWN);
    for (Money amount : amounts) {
      shrunk.add(amount.times(factor).roundDownToMinorUnit());
    }
    return shrunk;
  }
}
