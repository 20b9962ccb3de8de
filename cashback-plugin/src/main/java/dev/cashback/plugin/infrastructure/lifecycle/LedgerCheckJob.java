package dev.cashback.plugin.infrastructure.lifecycle;

import dev.cashback.plugin.application.ledger.LedgerCheckKind;
import dev.cashback.plugin.application.ledger.LedgerCheckLog;
import dev.cashback.plugin.application.ledger.LedgerCheckRun;
import dev.cashback.plugin.application.ledger.LedgerChecks;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.scheduling.JobsConfig;
import dev.cashback.plugin.infrastructure.scheduling.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.logging.Logger;

/**
 * Runs the incremental ledger check on every node. A node skips its turn when any node ran a check
 * within half the interval, so a cluster runs about one per interval; two that start at once only
 * record the same findings twice, which is harmless. Violations are logged as well as recorded; a
 * run that fails is logged by the scheduler and left to the next.
 */
@ApplicationScoped
public class LedgerCheckJob implements ScheduledJob {

  private static final Logger LOG = Logger.getLogger(LedgerCheckJob.class.getName());

  @Inject JobsConfig schedule;
  @Inject LedgerChecks checks;
  @Inject LedgerCheckLog log;
  @Inject CashbackClock clock;

  @Override
  public String name() {
    return "cashback-ledger-check";
  }

  @Override
  public Duration interval() {
    return schedule.ledgerCheckInterval();
  }

  @Override
  public void run() {
    Duration halfInterval = interval().dividedBy(2);
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
  }
}
