package dev.cashback.plugin.infrastructure.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.plugin.api.CourseProgressed;
import dev.cashback.plugin.infrastructure.config.CashbackDataSource;
import dev.cashback.plugin.infrastructure.migration.CashbackSchema;
import dev.cashback.plugin.infrastructure.migration.TestSchemas;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The progress kept is the highest reported, on each database, however the reports arrive. */
class ProgressWriterTest {

  private static final Instant AT = Instant.parse("2026-03-01T09:30:00Z");

  @Test
  void h2_keepsTheHighest_lateAndRepeatedReportsChangeNothing() throws Exception {
    DataSource h2 = TestSchemas.emptyH2();
    CashbackSchema.migrate(h2, false);
    assertKeepsTheHighest(writerOn(h2, false), h2);
  }

  @Test
  void postgres_keepsTheHighest_lateAndRepeatedReportsChangeNothing() throws Exception {
    TestSchemas.onEmptyPostgresSchema(
        pg -> {
          CashbackSchema.migrate(pg, false);
          try {
            assertKeepsTheHighest(writerOn(pg, true), pg);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  void postgres_concurrentReports_endAtTheHighest() throws Exception {
    TestSchemas.onEmptyPostgresSchema(
        pg -> {
          CashbackSchema.migrate(pg, false);
          ProgressWriter writer = writerOn(pg, true);
          ExecutorService hosts = Executors.newFixedThreadPool(8);
          List<Callable<Boolean>> reports = new ArrayList<>();
          for (int percent = 0; percent <= 100; percent++) {
            int reported = (percent * 37) % 101;
            reports.add(() -> writer.record(progress(reported)));
          }
          try {
            for (Future<Boolean> report : hosts.invokeAll(reports)) {
              report.get();
            }
            assertThat(percentOf(pg)).isEqualTo(100);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          } finally {
            hosts.shutdown();
          }
        });
  }

  private static void assertKeepsTheHighest(ProgressWriter writer, DataSource db)
      throws SQLException {
    assertThat(writer.record(progress(30))).as("first report").isTrue();
    assertThat(writer.record(progress(60))).as("more").isTrue();
    assertThat(writer.record(progress(40))).as("late, lower").isFalse();
    assertThat(writer.record(progress(60))).as("the same again").isFalse();
    assertThat(percentOf(db)).isEqualTo(60);
  }

  private static CourseProgressed progress(int percent) {
    return new CourseProgressed("lena", "sql", percent, AT);
  }

  private static int percentOf(DataSource db) throws SQLException {
    try (Connection c = db.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT percent_complete FROM cb_course_progress"
                        + " WHERE user_id = 'lena' AND course_id = 'sql'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static ProgressWriter writerOn(DataSource db, boolean postgres) {
    HostTransactionWrites writes = new HostTransactionWrites();
    writes.dataSource =
        new CashbackDataSource() {
          @Override
          public DataSource get() {
            return db;
          }
        };
    ProgressWriter writer = new ProgressWriter();
    writer.writes = writes;
    writer.dialect =
        new DatabaseDialect() {
          @Override
          public boolean isPostgres() {
            return postgres;
          }
        };
    return writer;
  }
}
