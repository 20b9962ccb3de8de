package dev.cashback.plugin.interfaces.rest.intake;

import dev.cashback.plugin.api.CourseProgressed;
import java.time.Instant;

/**
 * A learner's progress posted by a host outside the JVM: the fields of {@link CourseProgressed},
 * the percentage a whole number so that {@code 50.5} or a missing value is refused with the field
 * named rather than read as something else.
 */
public record PostedProgress(
    String userId, String courseId, Integer percentComplete, Instant occurredAt) {

  CourseProgressed toEvent() {
    if (percentComplete == null) {
      throw new IllegalArgumentException("percentComplete is required");
    }
    return new CourseProgressed(userId, courseId, percentComplete, occurredAt);
  }
}
