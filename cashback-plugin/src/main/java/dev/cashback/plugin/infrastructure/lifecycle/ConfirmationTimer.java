package dev.cashback.plugin.infrastructure.lifecycle;

import dev.cashback.plugin.application.accrual.CashbackLifecycle;
import dev.cashback.plugin.application.referral.ReferralRewards;
import dev.cashback.plugin.application.shared.ConfigKeys;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Confirms pending cashback whose hold is over, in batches, on every node: each batch claims its
 * rows with {@code SKIP LOCKED}, so nodes share the work instead of repeating it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrationOnStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConfirmationTimer {

  private static final Logger LOG = Logger.getLogger(ConfirmationTimer.class.getName());

  @Resource TimerService timers;
  @Inject CashbackLifecycle lifecycle;
  @Inject ReferralRewards referrals;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.CONFIRM_INTERVAL_SECONDS,
      defaultValue = ConfigKeys.CONFIRM_INTERVAL_SECONDS_DEFAULT)
  long intervalSeconds;

  @Inject
  @ConfigProperty(
      name = ConfigKeys.CONFIRM_BATCH_SIZE,
      defaultValue = ConfigKeys.CONFIRM_BATCH_SIZE_DEFAULT)
  int batchSize;

  @PostConstruct
  void schedule() {
    long interval = Math.max(1, intervalSeconds) * 1000;
    timers.createIntervalTimer(interval, interval, new TimerConfig("cashback-confirm", false));
  }

  @Timeout
  void confirmDue() {
    try {
      while (lifecycle.confirmDue(batchSize) == batchSize) {
        // a full batch: there may be more due
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Confirming cashback failed; the next run tries again", e);
    }
    try {
      // After confirming: what was just confirmed may qualify a referee for the referral bonuses.
      referrals.settleDue(batchSize);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Settling referrals failed; the next run tries again", e);
    }
  }
}
