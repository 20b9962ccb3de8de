/**
 * How host events reach the plugin: observers that record each purchase and refund in an inbox
 * inside the host's transaction, the signed intake of hosts outside the JVM (its signatures, and a
 * background drain that grants in batches), the processing of each accepted event after the host
 * commits (purchases committed at the same time granted together, after a gathering moment if the
 * host chose one), imports of past purchases, and the job that retries whatever was accepted but
 * not yet processed.
 */
package dev.cashback.plugin.infrastructure.intake;
