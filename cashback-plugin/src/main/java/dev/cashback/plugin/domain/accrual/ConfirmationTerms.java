package dev.cashback.plugin.domain.accrual;

import dev.cashback.plugin.domain.rule.CashbackRule;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * When a pending cashback becomes available: at the end of its hold at the latest, earlier when the
 * host's refund window for what was bought closes first, or as soon as the learner has completed
 * the course far enough. Whichever comes first confirms it, once.
 *
 * @param holdEndsAt the latest confirmation: the purchase time plus the hold days
 * @param refundWindowEndsAt when the refund window closes, if the rule confirms on it and the host
 *     named one (for cashback on a whole order: the last of its lines' windows, when every line has
 *     one)
 * @param atProgress the percentage of the course that confirms, if the rule confirms on progress
 *     and the cashback is on one course
 * @param courseId the course whose progress counts (null without {@code atProgress})
 */
public record ConfirmationTerms(
    OffsetDateTime holdEndsAt,
    OffsetDateTime refundWindowEndsAt,
    Integer atProgress,
    String courseId) {

  public ConfirmationTerms {
    Objects.requireNonNull(holdEndsAt, "holdEndsAt");
    if ((atProgress == null) != (courseId == null)) {
      throw new IllegalArgumentException("A progress threshold needs its course, and only then.");
    }
  }

  /** Only the hold: available at {@code holdEndsAt}. */
  public static ConfirmationTerms hold(OffsetDateTime holdEndsAt) {
    return new ConfirmationTerms(holdEndsAt, null, null, null);
  }

  /**
   * The terms of {@code rule}'s cashback on {@code line} (null: on the whole order) of {@code
   * purchase}, held {@code holdDays} at most.
   */
  public static ConfirmationTerms of(
      CashbackRule rule, PurchaseFacts purchase, PurchaseLine line, int holdDays) {
    OffsetDateTime holdEnds = purchase.occurredAt().plusDays(holdDays);
    OffsetDateTime windowEnds =
        rule.isConfirmOnRefundWindow() ? refundWindowEnd(purchase, line) : null;
    boolean onCourse = line != null && "COURSE".equals(line.itemType());
    Integer progress = onCourse ? rule.getConfirmAtProgress() : null;
    return new ConfirmationTerms(
        holdEnds, windowEnds, progress, progress == null ? null : line.targetId());
  }

  /** When the time alone confirms: the earlier of the hold's end and the refund window's close. */
  public OffsetDateTime confirmAfter() {
    return refundWindowEndsAt != null && refundWindowEndsAt.isBefore(holdEndsAt)
        ? refundWindowEndsAt
        : holdEndsAt;
  }

  /** Whether the refund window, not the hold, decides the date. */
  public boolean windowDecides() {
    return refundWindowEndsAt != null && refundWindowEndsAt.isBefore(holdEndsAt);
  }

  /** Whether {@code percentComplete} of the course confirms now. */
  public boolean reachedBy(int percentComplete) {
    return atProgress != null && percentComplete >= atProgress;
  }

  private static OffsetDateTime refundWindowEnd(PurchaseFacts purchase, PurchaseLine line) {
    if (line != null) {
      return line.refundWindowEndsAt();
    }
    List<OffsetDateTime> ends =
        purchase.lines().stream().map(PurchaseLine::refundWindowEndsAt).toList();
    return ends.isEmpty() || ends.contains(null)
        ? null
        : ends.stream().max(OffsetDateTime::compareTo).orElseThrow();
  }
}
