package dev.cashback.plugin.application.shared;

import java.time.OffsetDateTime;

/**
 * Port: the use cases' only source of "now". Infrastructure implements it (one clock for the whole
 * plugin, which tests can move instead of sleeping).
 */
public interface TimeSource {

  /**
   * Now, in UTC, to the microsecond: the precision the database keeps, so what is stored compares
   * equal to what was computed.
   */
  OffsetDateTime now();
}
