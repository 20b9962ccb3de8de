package dev.cashback.plugin.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.domain.shared.CurrencyAmounts;
import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A learner's day of purchases, checked one after the other as the grants do under the wallet lock:
 * whatever the amounts and limits, what passes never exceeds a limit, and what is held is held for
 * a limit it would have passed.
 */
class ReviewLimitsPropertiesTest {

  @Property
  void whatPassesStaysWithinEveryLimit_whatWaitsWouldHavePassedOne(
      @ForAll @IntRange(min = 0, max = 6) int purchasesPerDay,
      @ForAll @BigRange(min = "0", max = "200") BigDecimal dailyCashback,
      @ForAll @BigRange(min = "1", max = "200") BigDecimal threshold,
      @ForAll @Size(max = 20) List<@BigRange(min = "0.01", max = "150") BigDecimal> grants) {
    ReviewLimits limits =
        new ReviewLimits(
            purchasesPerDay,
            0,
            CurrencyAmounts.parse("USD " + dailyCashback.setScale(2, java.math.RoundingMode.DOWN)),
            CurrencyAmounts.none(),
            CurrencyAmounts.parse("USD " + threshold.setScale(2, java.math.RoundingMode.DOWN)),
            OwnCoursePolicy.NOTHING);
    Money daily = limits.cashbackPerDay().of("USD").orElseThrow();
    Money single = limits.threshold().of("USD").orElseThrow();
    long purchases = 0;
    Money earned = usd(BigDecimal.ZERO);
    for (BigDecimal amount : grants) {
      Money cashback = usd(amount.setScale(2, java.math.RoundingMode.DOWN));
      LearnerActivity before = new LearnerActivity(purchases, earned);
      boolean held = limits.check(before, before, cashback, cashback, false).isPresent();
      boolean passesAll =
          (purchasesPerDay == 0 || purchases + 1 <= purchasesPerDay)
              && earned.plus(cashback).compareTo(daily) <= 0
              && cashback.compareTo(single) < 0;
      assertThat(held).as("held exactly when a limit would be passed").isEqualTo(!passesAll);
      // Held cashback counts too (it is pending), as the grants count it.
      purchases++;
      earned = earned.plus(cashback);
    }
  }

  private static Money usd(BigDecimal amount) {
    return Money.of(amount, "USD");
  }
}
