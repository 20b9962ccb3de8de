package dev.cashback.plugin.infrastructure.lifecycle;

import dev.cashback.plugin.application.ledger.LedgerCheckKind;
import dev.cashback.plugin.application.ledger.LedgerCheckLog;
import dev.cashback.plugin.application.ledger.LedgerCheckRun;
import dev.cashback.plugin.application.ledger.LedgerChecks;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.config.ConfigKeys;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the incremental ledger check on every node. A node skips its turn when any node ran a check
 * within half the interval, so a cluster runs about one per interval; two that start at once only
 * record the same findings twice, which is harmless. Violations are logged as well as recorded.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrationOnStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerCheckTimer {

  private static final Logger LOG = Logger.getLogger(LedgerCheckTimer.class.getName());

  @Resource TimerService timers;
  @Inject LedgerChecks checks;
  @Inject LedgerCheckLog log;
  @Inject CashbackClock clock;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.LEDGER_CHECK_INTERVAL_SECONDS,
      defaultValue = ConfigKeys.LEDGER_CHECK_INTERVAL_SECONDS_DEFAULT)
  long intervalSeconds;

  @PostConstruct
  void schedule() {
    long interval = Math.max(1, intervalSeconds) * 1000;
    timers.createIntervalTimer(interval, interval, new TimerConfig("cashback-ledger-check", false));
  }

  @Timeout
  void check() {
    try {
      Duration halfInterval = Duration.ofSeconds(Math.max(1, intervalSeconds)).dividedBy(2);
      OffsetDateTime now = clock.now();
      // A run stamped in the future (a clock moved by hand) does not count.
      boolean ranLately =
          log.latest()
              .map(LedgerCheckRun::startedAt)
              .filter(at -> at.isAfter(now.minus(halfInterval)) && !at.isAfter(now))
              .isPresent();
      if (ranLately) {
        return;
      }
      LedgerCheckRun run = checks.runUnattended(LedgerCheckKind.INCREMENTAL);
      if (!run.sound()) {
        LOG.severe(
            "The ledger check found "
                + run.violationCount()
                + " violation(s): "
                + String.join("; ", run.violations()));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The ledger check failed; the next run tries again", e);
    }
  }
}
