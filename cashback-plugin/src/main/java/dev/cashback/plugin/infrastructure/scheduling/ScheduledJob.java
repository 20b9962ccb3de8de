package dev.cashback.plugin.infrastructure.scheduling;

import java.time.Duration;

/**
 * Work that runs on a fixed interval on every node. A job is a CDI bean; {@link ScheduledJobs}
 * finds it and runs it outside any transaction, never twice at once on one node. A job must be safe
 * on several nodes at once (claim what it works on with {@code SKIP LOCKED}).
 */
public interface ScheduledJob {

  /** The timer's name, unique among the jobs, e.g. {@code "cashback-confirm"}. */
  String name();

  /** Time between two runs, and before the first. */
  Duration interval();

  /** One run; what it leaves undone, a later run does. */
  void run();
}
