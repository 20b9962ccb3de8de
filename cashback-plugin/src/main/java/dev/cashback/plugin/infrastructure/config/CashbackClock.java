package dev.cashback.plugin.infrastructure.config;

import dev.cashback.plugin.application.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The plugin's only source of "now" (the application's {@link TimeSource}). Its own bean rather
 * than a {@code Clock} producer, so it never clashes with a clock the host produces; tests move it
 * instead of sleeping.
 */
@ApplicationScoped
public class CashbackClock implements TimeSource {

  private volatile Clock clock = Clock.systemUTC();

  @Override
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
