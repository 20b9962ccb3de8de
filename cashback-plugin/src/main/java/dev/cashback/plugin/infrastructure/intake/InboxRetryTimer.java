package dev.cashback.plugin.infrastructure.intake;

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

/**
 * Picks up purchases that were accepted but not processed: after a crash between the host's commit
 * and the grant, or after a failure inside the plugin. Safe on several nodes at once, since each
 * purchase is claimed with a row lock.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrationOnStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboxRetryTimer {

  private static final int BATCH = 200;

  @Resource TimerService timers;
  @Inject InboxEventApplier processor;
  @Inject InboxAttempts processing;
  @Inject InboxConfig settings;
  @Inject InboxBatchDrain drain;

  @PostConstruct
  void schedule() {
    long interval = settings.retryInterval().toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("cashback-inbox-retry", false));
  }

  @Timeout
  void retryDue() {
    // Purchases first, in batches: a refund waits for its purchase.
    drain.drainDue();
    for (String key : processor.due(Inbox.REFUNDS, BATCH)) {
      processing.processQuietly(Inbox.REFUNDS, key);
    }
  }
}
