package dev.cashback.plugin.application.accrual;

import dev.cashback.plugin.application.shared.ConfigKeys;
import dev.cashback.plugin.application.shared.ConfigSection;
import dev.cashback.plugin.domain.review.OwnCoursePolicy;
import dev.cashback.plugin.domain.review.ReviewLimits;
import dev.cashback.plugin.domain.shared.CurrencyAmounts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * The review limits from configuration ({@code cashback.review.*}), read once at start-up. A value
 * that cannot be read stops the deployment: a limit silently off would let through what it is for.
 */
@ApplicationScoped
public class ReviewConfig extends ConfigSection {

  private ReviewLimits limits;

  @Override
  protected void read() {
    try {
      int perDay = integer(ConfigKeys.REVIEW_PURCHASES_PER_DAY);
      int perMonth = integer(ConfigKeys.REVIEW_PURCHASES_PER_MONTH);
      if (perDay < 0 || perMonth < 0) {
        throw new IllegalArgumentException("purchase limits are 0 (off) or more");
      }
      limits =
          new ReviewLimits(
              perDay,
              perMonth,
              amounts(ConfigKeys.REVIEW_CASHBACK_PER_DAY),
              amounts(ConfigKeys.REVIEW_CASHBACK_PER_MONTH),
              amounts(ConfigKeys.REVIEW_THRESHOLD),
              OwnCoursePolicy.valueOf(
                  text(ConfigKeys.REVIEW_OWN_COURSES).strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "The review limits (cashback.review.*) cannot be read: "
              + e.getMessage()
              + " (instructor-own-courses is nothing, review or earn)",
          e);
    }
  }

  private CurrencyAmounts amounts(String key) {
    return CurrencyAmounts.parse(optional(key).orElse(""));
  }

  public ReviewLimits limits() {
    return limits;
  }
}
