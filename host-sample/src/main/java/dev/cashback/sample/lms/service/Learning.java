package dev.cashback.sample.lms.service;

import dev.cashback.plugin.api.CourseProgressed;
import dev.cashback.sample.lms.model.Course;
import dev.cashback.sample.lms.model.PurchaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Learners taking their courses: lessons marked done, and the progress reported to the cashback
 * plugin ({@link CourseProgressed}) in the same transaction, so rules that confirm cashback at a
 * share of the course see it.
 */
@ApplicationScoped
public class Learning {

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  @Inject Event<CourseProgressed> progressed;

  /** Whether the learner owns the course: bought it, not refunded. */
  public boolean owns(String username, String courseId) {
    return !em.createQuery(
            "SELECT p.id FROM Purchase p WHERE p.buyer.username = :user AND p.course.id = :course"
                + " AND p.status = :paid")
        .setParameter("user", username)
        .setParameter("course", courseId)
        .setParameter("paid", PurchaseStatus.PAID)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Lessons of the course the learner has done. */
  public int lessonsDone(String username, String courseId) {
    List<?> done =
        em.createNativeQuery(
                "SELECT lessons_done FROM lms_lesson_progress WHERE username = ? AND course_id = ?")
            .setParameter(1, username)
            .setParameter(2, courseId)
            .getResultList();
    return done.isEmpty() ? 0 : ((Number) done.get(0)).intValue();
  }

  /**
   * Marks the learner's next lesson of the course done and reports the progress; returns the
   * lessons done now. Only a learner who owns the course takes its lessons.
   */
  @Transactional
  public int markLessonDone(String username, String courseId) {
    Course course = em.find(Course.class, courseId);
    if (course == null || !owns(username, courseId)) {
      throw new IllegalArgumentException("Buy the course to take its lessons.");
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int updated =
        em.createNativeQuery(
                "UPDATE lms_lesson_progress SET lessons_done = LEAST(lessons_done + 1, ?),"
                    + " updated_at = ? WHERE username = ? AND course_id = ?")
            .setParameter(1, course.getLessons())
            .setParameter(2, now)
            .setParameter(3, username)
            .setParameter(4, courseId)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO lms_lesson_progress (username, course_id, lessons_done, updated_at)"
                  + " VALUES (?, ?, 1, ?)")
          .setParameter(1, username)
          .setParameter(2, courseId)
          .setParameter(3, now)
          .executeUpdate();
    }
    int done = lessonsDone(username, courseId);
    progressed.fire(
        new CourseProgressed(
            username, courseId, percent(done, course.getLessons()), now.toInstant()));
    return done;
  }

  /** The share of the lessons done, rounded down: 50 % only once half the lessons are done. */
  public static int percent(int done, int lessons) {
    return lessons <= 0 ? 100 : Math.min(100, done * 100 / lessons);
  }
}
