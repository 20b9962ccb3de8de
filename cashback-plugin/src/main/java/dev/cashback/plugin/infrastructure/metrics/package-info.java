/**
 * The plugin's figures (purchases received, cashback granted, reversals, intake latency), kept in
 * MicroProfile Metrics when the runtime has it and off, with a line in the log, when it has not.
 */
package dev.cashback.plugin.infrastructure.metrics;
