package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.infrastructure.scheduling.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Picks up purchases that were accepted but not processed: after a crash between the host's commit
 * and the grant, or after a failure inside the plugin. Safe on several nodes at once, since each
 * purchase is claimed with a row lock.
 */
@ApplicationScoped
public class InboxRetryJob implements ScheduledJob {

  private static final int BATCH = 200;

  @Inject InboxEventApplier processor;
  @Inject InboxAttempts processing;
  @Inject InboxConfig settings;
  @Inject InboxBatchDrain drain;

  @Override
  public String name() {
    return "cashback-inbox-retry";
  }

  @Override
  public Duration interval() {
    return settings.retryInterval();
  }

  @Override
  public void run() {
    // Purchases first, in batches: a refund waits for its purchase.
    drain.drainDue();
    for (String key : processor.due(Inbox.REFUNDS, BATCH)) {
      processing.processQuietly(Inbox.REFUNDS, key);
    }
  }
}
