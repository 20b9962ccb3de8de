package dev.cashback.plugin.infrastructure.lifecycle;

import dev.cashback.plugin.application.accrual.CashbackLifecycle;
import dev.cashback.plugin.application.referral.ReferralRewards;
import dev.cashback.plugin.infrastructure.scheduling.JobsConfig;
import dev.cashback.plugin.infrastructure.scheduling.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Confirms pending cashback whose hold is over, in batches, on every node: each batch claims its
 * rows with {@code SKIP LOCKED}, so nodes share the work instead of repeating it.
 */
@ApplicationScoped
public class ConfirmationJob implements ScheduledJob {

  private static final Logger LOG = Logger.getLogger(ConfirmationJob.class.getName());

  @Inject JobsConfig schedule;
  @Inject CashbackLifecycle lifecycle;
  @Inject ReferralRewards referrals;

  @Override
  public String name() {
    return "cashback-confirm";
  }

  @Override
  public Duration interval() {
    return schedule.confirmInterval();
  }

  @Override
  public void run() {
    try {
      while (lifecycle.confirmDue(schedule.confirmBatchSize()) == schedule.confirmBatchSize()) {
        // a full batch: there may be more due
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Confirming cashback failed; the next run tries again", e);
    }
    // After confirming: what was just confirmed may qualify a referee for the referral bonuses.
    referrals.settleDue(schedule.confirmBatchSize());
  }
}
