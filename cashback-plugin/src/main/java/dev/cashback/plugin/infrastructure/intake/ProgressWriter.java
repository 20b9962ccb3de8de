package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.api.CourseProgressed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.ZoneOffset;

/**
 * Keeps each learner's progress through each course as the highest percentage the host reported:
 * one upsert that only ever raises it, so repeated, late and out-of-order events change nothing and
 * two at once cannot lower it. Written in the host's transaction when it has one ({@link
 * HostTransactionWrites}).
 */
@ApplicationScoped
public class ProgressWriter {

  private static final String POSTGRES_UPSERT =
      "INSERT INTO cb_course_progress (user_id, course_id, percent_complete, reported_at)"
          + " VALUES (?, ?, ?, ?) ON CONFLICT (user_id, course_id) DO UPDATE"
          + " SET percent_complete = EXCLUDED.percent_complete, reported_at = EXCLUDED.reported_at"
          + " WHERE cb_course_progress.percent_complete < EXCLUDED.percent_complete";

  private static final String STANDARD_MERGE =
      "MERGE INTO cb_course_progress t USING (SELECT CAST(? AS VARCHAR(100)) u,"
          + " CAST(? AS VARCHAR(100)) c, CAST(? AS INTEGER) p,"
          + " CAST(? AS TIMESTAMP WITH TIME ZONE) r) s"
          + " ON t.user_id = s.u AND t.course_id = s.c"
          + " WHEN MATCHED AND t.percent_complete < s.p THEN"
          + " UPDATE SET percent_complete = s.p, reported_at = s.r"
          + " WHEN NOT MATCHED THEN INSERT (user_id, course_id, percent_complete, reported_at)"
          + " VALUES (s.u, s.c, s.p, s.r)";

  @Inject HostTransactionWrites writes;
  @Inject DatabaseDialect dialect;

  /** Records the progress; true when it is more than what was known of this learner and course. */
  public boolean record(CourseProgressed progress) throws SQLException {
    return writes.execute(
            dialect.isPostgres() ? POSTGRES_UPSERT : STANDARD_MERGE,
            statement -> {
              statement.setString(1, progress.userId());
              statement.setString(2, progress.courseId());
              statement.setInt(3, progress.percentComplete());
              statement.setObject(4, progress.occurredAt().atOffset(ZoneOffset.UTC));
            })
        > 0;
  }
}
