/** MicroProfile Metrics of the plugin: purchases received, cashback granted, reversals, latency. */
package dev.cashback.plugin.infrastructure.metrics;
