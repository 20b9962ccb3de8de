package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.infrastructure.metrics.CashbackMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Listens to the host's purchase events. Recording happens in the host's transaction, so an
 * accepted purchase is never lost; granting happens after the host commits, in a transaction of its
 * own. No exception ever leaves these methods: a broken plugin must not break a checkout. What
 * fails here stays in the inbox and is retried by {@link InboxRetryTimer}.
 */
@ApplicationScoped
public class PurchaseEventObserver {

  private static final Logger LOG = Logger.getLogger(PurchaseEventObserver.class.getName());

  @Inject InboxStore inbox;
  @Inject InboxProcessing processing;
  @Inject CashbackMetrics metrics;

  void record(@Observes PurchaseCompleted event) {
    try {
      if (inbox.accept(event)) {
        metrics.purchaseReceived();
      }
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "Could not record purchase " + event.purchaseId() + " for cashback", e);
    }
  }

  void grant(@Observes(during = TransactionPhase.AFTER_SUCCESS) PurchaseCompleted event) {
    processing.processAfterCommit(Inbox.PURCHASES, event.purchaseId());
  }

  void record(@Observes PurchaseRefunded event) {
    try {
      inbox.accept(event);
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "Could not record refund " + event.refundId() + " for cashback", e);
    }
  }

  void reverse(@Observes(during = TransactionPhase.AFTER_SUCCESS) PurchaseRefunded event) {
    processing.processAfterCommit(Inbox.REFUNDS, event.refundId());
  }
}
