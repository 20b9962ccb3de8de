package dev.cashback.plugin.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The plugin's only source of "now". Its own bean rather than a {@code Clock} producer, so it never
 * clashes with a clock the host produces; tests move it instead of sleeping.
 */
@ApplicationScoped
public class CashbackClock {

  private volatile Clock clock = Clock.systemUTC();

  /**
   * Now, in UTC, to the microsecond: the precision the database keeps, so what is stored compares
   * equal to what was computed.
   */
  public OffsetDateTime now() {
    return OffsetDateTime.now(clock)
        .withOffsetSameInstant(ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.MICROS);
  }

  /** Replaces the clock; for tests that need to move time. */
  public void use(Clock clock) {
    this.clock = clock;
  }
}
