/**
 * Scheduled work: one timer per {@link dev.cashback.plugin.infrastructure.scheduling.ScheduledJob}
 * (confirming cashback, retrying the inbox, sending e-mail, the incremental ledger check), started
 * on every node once the schema is migrated, at the intervals of {@link
 * dev.cashback.plugin.infrastructure.scheduling.JobsConfig}. Jobs claim their rows with row locks,
 * so nodes share the work. {@link dev.cashback.plugin.infrastructure.scheduling.BackgroundTasks}
 * runs the work handed off by requests (the grant after the host's commit, batches, imports) on the
 * plugin's own fixed pool of managed threads; {@link
 * dev.cashback.plugin.infrastructure.scheduling.LimitedWorkers} keeps at most a number of workers
 * of one kind on it.
 */
package dev.cashback.plugin.infrastructure.scheduling;
