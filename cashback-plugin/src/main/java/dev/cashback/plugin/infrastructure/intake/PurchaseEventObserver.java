package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.application.intake.RefusedEventLog;
import dev.cashback.plugin.application.shared.HostEntry;
import dev.cashback.plugin.domain.intake.Refusal;
import dev.cashback.plugin.domain.intake.RefusedEvent.Kind;
import dev.cashback.plugin.infrastructure.metrics.CashbackMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Listens to the host's purchase events. Recording happens in the host's transaction, so an
 * accepted purchase is never lost; granting happens after the host commits, in a transaction of its
 * own. No exception ever leaves these methods: a broken plugin must not break a checkout. What
 * fails after it was recorded stays in the inbox and is retried by {@link InboxRetryJob}; an event
 * the plugin cannot store (beyond the contract's limits, or its insert failed) is kept for admins
 * as refused, and the host's transaction goes on as if the plugin were not there.
 */
@ApplicationScoped
@HostEntry
public class PurchaseEventObserver {

  private static final Logger LOG = Logger.getLogger(PurchaseEventObserver.class.getName());

  @Inject InboxWriter inbox;
  @Inject InboxAttempts processing;
  @Inject CashbackMetrics metrics;
  @Inject RefusedEventLog refusedEvents;
  @Inject InboxConfig settings;

  void record(@Observes PurchaseCompleted event) {
    if (!settings.hostEvents()) {
      return;
    }
    try {
      Optional<String> refused = inbox.refusal(event);
      if (refused.isPresent()) {
        keepRefused(
            Kind.PURCHASE,
            event.purchaseId(),
            event.purchaseId(),
            event.buyer().userId(),
            refused.get(),
            event);
      } else if (inbox.accept(event)) {
        metrics.purchaseReceived();
      }
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "Could not record purchase " + event.purchaseId() + " for cashback", e);
      keepRefused(
          Kind.PURCHASE,
          event.purchaseId(),
          event.purchaseId(),
          event.buyer().userId(),
          "The purchase could not be recorded: " + e,
          event);
    }
  }

  void grant(@Observes(during = TransactionPhase.AFTER_SUCCESS) PurchaseCompleted event) {
    if (!settings.hostEvents()) {
      return;
    }
    processing.processAfterCommit(Inbox.PURCHASES, event.purchaseId());
  }

  void record(@Observes PurchaseRefunded event) {
    if (!settings.hostEvents()) {
      return;
    }
    try {
      Optional<String> refused = inbox.refusal(event);
      if (refused.isPresent()) {
        keepRefused(Kind.REFUND, event.refundId(), event.purchaseId(), null, refused.get(), event);
      } else {
        inbox.accept(event);
      }
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "Could not record refund " + event.refundId() + " for cashback", e);
      keepRefused(
          Kind.REFUND,
          event.refundId(),
          event.purchaseId(),
          null,
          "The refund could not be recorded: " + e,
          event);
    }
  }

  void reverse(@Observes(during = TransactionPhase.AFTER_SUCCESS) PurchaseRefunded event) {
    if (!settings.hostEvents()) {
      return;
    }
    processing.processAfterCommit(Inbox.REFUNDS, event.refundId());
  }

  /** Keeps what the plugin could not take in for admins; never throws into the host. */
  private void keepRefused(
      Kind kind, String eventId, String purchaseId, String userId, String reason, Object event) {
    try {
      refusedEvents.keep(
          Refusal.ofHostEvent(
              kind, eventId, purchaseId, userId, reason, InboxWriter.JSON.toJson(event)));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not keep the refused " + kind + " " + eventId, e);
    }
  }
}
