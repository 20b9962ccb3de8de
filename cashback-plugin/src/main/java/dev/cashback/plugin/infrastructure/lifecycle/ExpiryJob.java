package dev.cashback.plugin.infrastructure.lifecycle;

import dev.cashback.plugin.application.wallet.CashbackExpiry;
import dev.cashback.plugin.domain.wallet.LotBook;
import dev.cashback.plugin.infrastructure.scheduling.JobsConfig;
import dev.cashback.plugin.infrastructure.scheduling.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Expires the available cashback whose time is up and reminds learners of what expires soon, on
 * every node: a wallet is expired under its lock and a reminder is claimed with {@code SKIP LOCKED}
 * and queued under a key of its own, so nodes never do either twice.
 */
@ApplicationScoped
public class ExpiryJob implements ScheduledJob {

  private static final Logger LOG = Logger.getLogger(ExpiryJob.class.getName());
  private static final int BATCH = 100;

  @Inject JobsConfig schedule;
  @Inject CashbackExpiry expiry;

  @Override
  public String name() {
    return "cashback-expiry";
  }

  @Override
  public Duration interval() {
    return schedule.expiryInterval();
  }

  @Override
  public void run() {
    try {
      List<LotBook.Wallet> due;
      do {
        due = expiry.dueWallets(BATCH);
        due.forEach(expiry::expire);
      } while (due.size() == BATCH);
      while (expiry.remindDue(BATCH) == BATCH) {
        // a full batch: there may be more to remind
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Expiring cashback failed; the next run tries again", e);
    }
  }
}
