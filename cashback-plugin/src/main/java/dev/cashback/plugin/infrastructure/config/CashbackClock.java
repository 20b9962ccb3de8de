package dev.cashback.plugin.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The plugin's only source of "now". Its own bean rather than a {@code Clock} producer, so it never
 * clashes with a clock the host produces; tests move it instead of sleeping.
 */
@ApplicationScoped
public class CashbackClock {

  private volatile Clock clock = Clock.systemUTC();

  public OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** Replaces the clock; for tests that need to move time. */
  public void use(Clock clock) {
    this.clock = clock;
  }
}
