package dev.cashback.plugin.infrastructure.metrics;

import dev.cashback.plugin.application.shared.Metrics;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The plugin's counters and timer (the application's {@link Metrics}, and the intake's). Inside a
 * transaction they move only once it commits, so a rolled-back grant or a retried purchase is never
 * counted twice.
 */
@ApplicationScoped
public class CashbackMetrics implements Metrics {

  static final String RECEIVED = "cashback.purchases.received";
  static final String GRANTED = "cashback.transactions.granted";
  static final String REVERSALS = "cashback.reversals";
  static final String LATENCY = "cashback.intake.latency";

  @Inject MetricRegistry registry;
  @Resource TransactionSynchronizationRegistry transactions;

  public void purchaseReceived() {
    afterCommit(
        () -> registry.counter(metadata(RECEIVED, "Purchases accepted for cashback")).inc());
  }

  @Override
  public void granted(int cashbackTransactions) {
    if (cashbackTransactions > 0) {
      afterCommit(
          () ->
              registry
                  .counter(metadata(GRANTED, "Pending cashback transactions created"))
                  .inc(cashbackTransactions));
    }
  }

  @Override
  public void reversed() {
    afterCommit(() -> registry.counter(metadata(REVERSALS, "Cashback reversals recorded")).inc());
  }

  /** From a purchase's acceptance to its cashback being granted. */
  public void intakeLatency(Duration waited) {
    afterCommit(
        () ->
            registry
                .timer(
                    Metadata.builder()
                        .withName(LATENCY)
                        .withDescription("From a purchase's acceptance to its cashback grant")
                        .withUnit(MetricUnits.NANOSECONDS)
                        .build())
                .update(waited));
  }

  private static Metadata metadata(String name, String description) {
    return Metadata.builder().withName(name).withDescription(description).build();
  }

  private void afterCommit(Runnable update) {
    if (transactions == null || transactions.getTransactionKey() == null) {
      update.run();
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              update.run();
            }
          }
        });
  }
}
