/**
 * How host events reach the plugin: observers that record each purchase and refund in an inbox
 * inside the host's transaction, the signed intake of hosts outside the JVM (its signatures, and a
 * background drain that grants in batches), the processing of each accepted event after the host
 * commits (purchases committed at the same time granted together, at a pace if the host chose one,
 * so that under load each grant takes what was committed since the previous one), imports of past
 * purchases, and the job that retries whatever was accepted but not yet processed.
 */
package dev.cashback.plugin.infrastructure.intake;
