package dev.cashback.plugin.infrastructure.metrics;

import java.time.Duration;

/**
 * Where the plugin's counters and timer go: MicroProfile Metrics when the runtime has it, nowhere
 * otherwise. Metrics is optional for a host; the plugin deploys without it and says so.
 */
interface MetricSink {

  /** A runtime without MicroProfile Metrics: the figures are not kept. */
  MetricSink OFF =
      new MetricSink() {
        @Override
        public void count(String name, String description, long by) {}

        @Override
        public void time(String name, String description, Duration took) {}
      };

  void count(String name, String description, long by);

  void time(String name, String description, Duration took);
}
