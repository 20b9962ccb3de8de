/**
 * Scheduled work: one timer per {@link dev.cashback.plugin.infrastructure.scheduling.ScheduledJob}
 * (confirming cashback, retrying the inbox, sending e-mail, the incremental ledger check), started
 * on every node once the schema is migrated, at the intervals of {@link
 * dev.cashback.plugin.infrastructure.scheduling.JobsConfig}. Jobs claim their rows with row locks,
 * so nodes share the work.
 */
package dev.cashback.plugin.infrastructure.scheduling;
