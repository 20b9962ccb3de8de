package dev.cashback.plugin.infrastructure.scheduling;

import dev.cashback.plugin.application.shared.ConfigKeys;
import dev.cashback.plugin.application.shared.ConfigSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * How often the scheduled jobs run, and how much the confirmation takes at a time: read like every
 * other configuration section, so a value that is not a number stops the deployment.
 */
@ApplicationScoped
public class JobsConfig extends ConfigSection {

  private long confirmSeconds;
  private int confirmBatch;
  private long ledgerCheckSeconds;
  private long mailSeconds;
  private long expirySeconds;

  @Override
  protected void read() {
    confirmSeconds = longInteger(ConfigKeys.CONFIRM_INTERVAL_SECONDS);
    confirmBatch = integer(ConfigKeys.CONFIRM_BATCH_SIZE);
    ledgerCheckSeconds = longInteger(ConfigKeys.LEDGER_CHECK_INTERVAL_SECONDS);
    mailSeconds = longInteger(ConfigKeys.MAIL_INTERVAL_SECONDS);
    expirySeconds = longInteger(ConfigKeys.EXPIRY_INTERVAL_SECONDS);
  }

  public Duration confirmInterval() {
    return seconds(confirmSeconds);
  }

  /** At least one, so a batch always makes progress. */
  public int confirmBatchSize() {
    return Math.max(1, confirmBatch);
  }

  public Duration ledgerCheckInterval() {
    return seconds(ledgerCheckSeconds);
  }

  public Duration mailInterval() {
    return seconds(mailSeconds);
  }

  public Duration expiryInterval() {
    return seconds(expirySeconds);
  }

  private static Duration seconds(long value) {
    return Duration.ofSeconds(Math.max(1, value));
  }
}
