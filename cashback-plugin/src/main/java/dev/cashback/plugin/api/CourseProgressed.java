package dev.cashback.plugin.api;

import java.time.Instant;

/**
 * Fired by the host when a learner has taken more of a course: how much of it, in percent, they
 * have completed now. Rules may confirm cashback on a course once its learner has completed enough
 * of it (no refund comes after that). The plugin keeps the highest percentage it was told, so
 * events that arrive late, twice or out of order change nothing; an event for a course the learner
 * has no cashback on is kept for a purchase that may still come. Recorded in the host's transaction
 * when there is one; a failure in the plugin never fails the host's request.
 *
 * @param percentComplete 0 to 100
 */
public record CourseProgressed(
    String userId, String courseId, int percentComplete, Instant occurredAt) {

  public CourseProgressed {
    Require.text(userId, "userId");
    Require.text(courseId, "courseId");
    if (percentComplete < 0 || percentComplete > 100) {
      throw new IllegalArgumentException("percentComplete must be between 0 and 100");
    }
    if (occurredAt == null) {
      throw new IllegalArgumentException("occurredAt is required");
    }
  }
}
