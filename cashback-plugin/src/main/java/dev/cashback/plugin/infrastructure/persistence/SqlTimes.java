package dev.cashback.plugin.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Timestamps read by native queries: PostgreSQL's driver gives a Timestamp, H2's an offset one. */
public final class SqlTimes {

  private SqlTimes() {}

  /** The value as an offset date-time in UTC; null stays null. */
  public static OffsetDateTime utc(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Timestamp timestamp
        ? timestamp.toInstant().atOffset(ZoneOffset.UTC)
        : ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
