package dev.cashback.plugin.application.accrual;

import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.accrual.PurchaseFacts;
import dev.cashback.plugin.domain.review.LearnerActivity;
import dev.cashback.plugin.domain.review.OwnCoursePolicy;
import dev.cashback.plugin.domain.review.ReviewFinding;
import dev.cashback.plugin.domain.review.ReviewLimits;
import dev.cashback.plugin.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What a grant checks against the review limits. {@link #finding} counts the learner's earlier
 * purchases and cashback, so it must run while the grant holds the learner's wallet: purchases of
 * one learner are then counted one after the other, and sixteen at once cannot all pass under a
 * daily limit.
 */
@ApplicationScoped
public class ReviewChecks {

  @Inject ReviewConfig config;
  @Inject CashbackConfig settings;
  @Inject CashbackTransactionRepository transactions;

  /**
   * The purchase as it earns cashback: without the courses its buyer teaches when instructors earn
   * nothing on their own courses (the default).
   */
  public PurchaseFacts eligible(PurchaseFacts purchase) {
    return config.limits().ownCourses() == OwnCoursePolicy.NOTHING && purchase.buysOwnItems()
        ? purchase.withoutOwnItems()
        : purchase;
  }

  /** The limit this purchase's cashback passes, if any: its cashback then waits for review. */
  public Optional<ReviewFinding> finding(PurchaseFacts purchase, List<Money> grants) {
    ReviewLimits limits = config.limits();
    boolean ownCourse = limits.ownCourses() == OwnCoursePolicy.REVIEW && purchase.buysOwnItems();
    if (grants.isEmpty() || (!limits.anyLimit() && !ownCourse)) {
      return Optional.empty();
    }
    Money total = grants.stream().reduce(Money::plus).orElseThrow();
    Money largest = grants.stream().max(Money::compareTo).orElseThrow();
    ZonedDateTime day =
        purchase
            .occurredAt()
            .atZoneSameInstant(settings.zone())
            .toLocalDate()
            .atStartOfDay(settings.zone());
    ZonedDateTime month = day.withDayOfMonth(1);
    LearnerActivity today = activity(purchase, day, day.plusDays(1));
    LearnerActivity thisMonth = activity(purchase, month, month.plusMonths(1));
    return limits.check(today, thisMonth, total, largest, ownCourse);
  }

  private LearnerActivity activity(PurchaseFacts purchase, ZonedDateTime from, ZonedDateTime to) {
    return transactions.activity(
        purchase.userId(), purchase.currency(), from.toOffsetDateTime(), to.toOffsetDateTime());
  }
}
