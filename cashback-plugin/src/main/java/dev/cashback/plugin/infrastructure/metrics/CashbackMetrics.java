package dev.cashback.plugin.infrastructure.metrics;

import dev.cashback.plugin.application.shared.Metrics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;

/**
 * The plugin's counters and timer (the application's {@link Metrics}, and the intake's). Inside a
 * transaction they move only once it commits, so a rolled-back grant or a retried purchase is never
 * counted twice. MicroProfile Metrics is optional: without it they are off (start-up says so).
 */
@ApplicationScoped
public class CashbackMetrics implements Metrics {

  static final String RECEIVED = "cashback.purchases.received";
  static final String GRANTED = "cashback.transactions.granted";
  static final String REVERSALS = "cashback.reversals";
  static final String LATENCY = "cashback.intake.latency";

  @Resource TransactionSynchronizationRegistry transactions;
  @Inject Instance<Object> beans;

  private MetricSink sink = MetricSink.OFF;

  @PostConstruct
  void findRegistry() {
    // Without the API the figures go nowhere; start-up says so (OptionalApis).
    sink = MicroProfileMetricSink.find(beans).orElse(MetricSink.OFF);
  }

  public void purchaseReceived() {
    afterCommit(() -> sink.count(RECEIVED, "Purchases accepted for cashback", 1));
  }

  @Override
  public void granted(int cashbackTransactions) {
    if (cashbackTransactions > 0) {
      afterCommit(
          () -> sink.count(GRANTED, "Pending cashback transactions created", cashbackTransactions));
    }
  }

  @Override
  public void reversed() {
    afterCommit(() -> sink.count(REVERSALS, "Cashback reversals recorded", 1));
  }

  /** From a purchase's acceptance to its cashback being granted. */
  public void intakeLatency(Duration waited) {
    afterCommit(
        () -> sink.time(LATENCY, "From a purchase's acceptance to its cashback grant", waited));
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
