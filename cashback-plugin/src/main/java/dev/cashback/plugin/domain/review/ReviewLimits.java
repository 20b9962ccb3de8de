package dev.cashback.plugin.domain.review;

import dev.cashback.plugin.domain.shared.CurrencyAmounts;
import dev.cashback.plugin.domain.shared.Money;
import java.util.Optional;

/**
 * The velocity limits per learner and the per-transaction threshold. A purchase whose cashback
 * would pass one is not refused: its cashback is granted and waits for an admin's review. Limits of
 * zero (counts) or not set (amounts, per currency) are off. Counted per currency, in the platform's
 * time zone's calendar days and months, from the purchases before this one.
 *
 * @param threshold a single cashback at or above this waits for review
 */
public record ReviewLimits(
    int purchasesPerDay,
    int purchasesPerMonth,
    CurrencyAmounts cashbackPerDay,
    CurrencyAmounts cashbackPerMonth,
    CurrencyAmounts threshold,
    OwnCoursePolicy ownCourses) {

  /** No limits; instructors earn nothing on their own courses. */
  public static ReviewLimits none() {
    return new ReviewLimits(
        0,
        0,
        CurrencyAmounts.none(),
        CurrencyAmounts.none(),
        CurrencyAmounts.none(),
        OwnCoursePolicy.NOTHING);
  }

  /** Whether any velocity limit or threshold is set (else no activity needs to be counted). */
  public boolean anyLimit() {
    return purchasesPerDay > 0
        || purchasesPerMonth > 0
        || !cashbackPerDay.all().isEmpty()
        || !cashbackPerMonth.all().isEmpty()
        || !threshold.all().isEmpty();
  }

  /**
   * The first limit this purchase passes, if any.
   *
   * @param today the learner's activity earlier the same day
   * @param month the learner's activity earlier the same month
   * @param cashback what this purchase earns in all
   * @param largest the largest single cashback of this purchase
   * @param ownCourse whether the buyer is the instructor of a course in it (and the policy is to
   *     review that)
   */
  public Optional<ReviewFinding> check(
      LearnerActivity today,
      LearnerActivity month,
      Money cashback,
      Money largest,
      boolean ownCourse) {
    if (ownCourse && ownCourses == OwnCoursePolicy.REVIEW) {
      return found(ReviewReason.OWN_COURSE, "The buyer is the instructor of a course bought.");
    }
    Optional<Money> single = threshold.of(largest.currencyCode());
    if (single.isPresent() && largest.compareTo(single.get()) >= 0) {
      return found(
          ReviewReason.OVER_THRESHOLD,
          "A cashback of " + largest + "; review from " + single.get() + " on.");
    }
    if (purchasesPerDay > 0 && today.purchases() + 1 > purchasesPerDay) {
      return found(
          ReviewReason.PURCHASES_PER_DAY,
          "Purchase "
              + (today.purchases() + 1)
              + " of the day; the limit is "
              + purchasesPerDay
              + ".");
    }
    if (purchasesPerMonth > 0 && month.purchases() + 1 > purchasesPerMonth) {
      return found(
          ReviewReason.PURCHASES_PER_MONTH,
          "Purchase "
              + (month.purchases() + 1)
              + " of the month; the limit is "
              + purchasesPerMonth
              + ".");
    }
    Optional<ReviewFinding> daily =
        overAmount(ReviewReason.CASHBACK_PER_DAY, "day", cashbackPerDay, today, cashback);
    return daily.isPresent()
        ? daily
        : overAmount(ReviewReason.CASHBACK_PER_MONTH, "month", cashbackPerMonth, month, cashback);
  }

  private static Optional<ReviewFinding> overAmount(
      ReviewReason reason,
      String period,
      CurrencyAmounts limits,
      LearnerActivity before,
      Money cashback) {
    Optional<Money> limit = limits.of(cashback.currencyCode());
    if (limit.isEmpty()) {
      return Optional.empty();
    }
    Money total = before.cashback().plus(cashback);
    return total.compareTo(limit.get()) > 0
        ? found(
            reason,
            "Cashback of " + total + " this " + period + "; the limit is " + limit.get() + ".")
        : Optional.empty();
  }

  private static Optional<ReviewFinding> found(ReviewReason reason, String detail) {
    return Optional.of(new ReviewFinding(reason, detail));
  }
}
