package dev.cashback.plugin.application.shared;

/**
 * Port: the counters the use cases move. Infrastructure implements it; inside a transaction a
 * counter moves only once the transaction commits, so a rolled-back grant is never counted.
 */
public interface Metrics {

  /** Pending cashback transactions created. */
  void granted(int cashbackTransactions);

  /** A cashback reversal recorded. */
  void reversed();
}
