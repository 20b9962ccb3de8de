package dev.cashback.plugin.application.intake;

import dev.cashback.plugin.api.CourseProgressed;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A learner's progress posted by a host outside the JVM: the fields of {@link CourseProgressed}.
 * The percentage is read as a number first, so {@code 50.5} is refused as not whole rather than cut
 * to 50, and a missing one is refused rather than read as 0.
 */
public record PostedProgress(
    String userId, String courseId, BigDecimal percentComplete, Instant occurredAt) {

  public CourseProgressed toEvent() {
    if (percentComplete == null) {
      throw new IllegalArgumentException("percentComplete is required");
    }
    if (percentComplete.stripTrailingZeros().scale() > 0
        || percentComplete.compareTo(BigDecimal.ZERO) < 0
        || percentComplete.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("percentComplete must be a whole number from 0 to 100");
    }
    return new CourseProgressed(userId, courseId, percentComplete.intValueExact(), occurredAt);
  }
}
