package dev.cashback.plugin.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cashback.plugin.domain.shared.CurrencyAmounts;
import dev.cashback.plugin.domain.shared.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewLimitsTest {

  private static final ReviewLimits LIMITS =
      new ReviewLimits(
          3,
          20,
          CurrencyAmounts.parse("USD 100.00"),
          CurrencyAmounts.parse("USD 500.00, JPY 50000"),
          CurrencyAmounts.parse("USD 50.00"),
          OwnCoursePolicy.REVIEW);

  @Test
  void purchasesPerDay_theLimitItselfPasses_oneMoreWaits() {
    assertThat(check(2, "0", 2, "0", "1.00")).isEmpty();
    assertThat(check(3, "0", 3, "0", "1.00"))
        .map(ReviewFinding::reason)
        .contains(ReviewReason.PURCHASES_PER_DAY);
  }

  @Test
  void purchasesPerMonth_counted_afterTheDay() {
    assertThat(check(0, "0", 19, "0", "1.00")).isEmpty();
    assertThat(check(0, "0", 20, "0", "1.00"))
        .map(ReviewFinding::reason)
        .contains(ReviewReason.PURCHASES_PER_MONTH);
  }

  @Test
  void cashbackPerDay_upToTheLimitPasses_aCentMoreWaits() {
    assertThat(check(0, "90.00", 0, "90.00", "10.00")).isEmpty();
    Optional<ReviewFinding> over = check(0, "90.00", 0, "90.00", "10.01");
    assertThat(over).map(ReviewFinding::reason).contains(ReviewReason.CASHBACK_PER_DAY);
    assertThat(over.orElseThrow().detail()).contains("100.01").contains("100.00");
  }

  @Test
  void cashbackPerMonth_inItsOwnCurrency() {
    assertThat(check(0, "0", 0, "499.00", "1.00")).isEmpty();
    assertThat(check(0, "0", 0, "499.00", "1.01"))
        .map(ReviewFinding::reason)
        .contains(ReviewReason.CASHBACK_PER_MONTH);
  }

  @Test
  void threshold_fromTheAmountOn() {
    assertThat(LIMITS.check(activity(0, "0"), activity(0, "0"), usd("49.99"), usd("49.99"), false))
        .isEmpty();
    assertThat(LIMITS.check(activity(0, "0"), activity(0, "0"), usd("50.00"), usd("50.00"), false))
        .map(ReviewFinding::reason)
        .contains(ReviewReason.OVER_THRESHOLD);
  }

  @Test
  void aCurrencyWithoutLimits_hasNone() {
    Money yen = Money.of("40000", "JPY");
    LearnerActivity none = new LearnerActivity(0, Money.of("0", "JPY"));
    assertThat(LIMITS.check(none, none, yen, yen, false)).isEmpty();
    LearnerActivity month = new LearnerActivity(0, Money.of("20000", "JPY"));
    assertThat(LIMITS.check(none, month, yen, yen, false))
        .map(ReviewFinding::reason)
        .contains(ReviewReason.CASHBACK_PER_MONTH);
  }

  @Test
  void ownCourse_underReview_whenSoConfigured() {
    assertThat(LIMITS.check(activity(0, "0"), activity(0, "0"), usd("1"), usd("1"), true))
        .map(ReviewFinding::reason)
        .contains(ReviewReason.OWN_COURSE);
    assertThat(ReviewLimits.none().anyLimit()).isFalse();
    assertThat(LIMITS.anyLimit()).isTrue();
  }

  @Test
  void amounts_mustNameTheirCurrency() {
    assertThatThrownBy(() -> CurrencyAmounts.parse("100"))
        .hasMessageContaining("names no currency");
    assertThatThrownBy(() -> CurrencyAmounts.parse("USD 1, USD 2"))
        .hasMessageContaining("more than once");
    assertThatThrownBy(() -> CurrencyAmounts.parse("USD -1")).hasMessageContaining("zero or more");
  }

  private static Optional<ReviewFinding> check(
      long todayPurchases,
      String todayCashback,
      long monthPurchases,
      String monthCashback,
      String cashback) {
    return LIMITS.check(
        activity(todayPurchases, todayCashback),
        activity(monthPurchases, monthCashback),
        usd(cashback),
        usd(cashback),
        false);
  }

  private static LearnerActivity activity(long purchases, String cashback) {
    return new LearnerActivity(purchases, usd(cashback));
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }
}
