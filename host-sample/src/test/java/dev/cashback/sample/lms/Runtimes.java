package dev.cashback.sample.lms;

/**
 * The runtime the in-container tests run on (the failsafe execution sets {@code it.runtime}), and
 * what it offers: Payara Micro has every MicroProfile API; the Open Liberty test server is set up
 * without MicroProfile Metrics, which the plugin treats as optional.
 */
enum Runtimes {
  PAYARA_MICRO(true),
  OPEN_LIBERTY(false);

  private final boolean metrics;

  Runtimes(boolean metrics) {
    this.metrics = metrics;
  }

  static Runtimes underTest() {
    return "liberty".equals(System.getProperty("it.runtime")) ? OPEN_LIBERTY : PAYARA_MICRO;
  }

  boolean hasMetrics() {
    return metrics;
  }
}
