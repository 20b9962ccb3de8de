package dev.cashback.plugin.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts one non-persistent interval timer per {@link ScheduledJob} on this node, after the schema
 * is migrated. Jobs run side by side; a job whose last run is still going skips its turn. A failed
 * run is logged, and the next run tries again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrationOnStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScheduledJobs {

  private static final Logger LOG = Logger.getLogger(ScheduledJobs.class.getName());

  @Resource TimerService timers;
  @Inject @Any Instance<ScheduledJob> jobs;

  private final Map<String, ScheduledJob> byName = new ConcurrentHashMap<>();
  private final Set<String> running = ConcurrentHashMap.newKeySet();

  @PostConstruct
  void schedule() {
    for (ScheduledJob job : jobs) {
      if (byName.putIfAbsent(job.name(), job) != null) {
        throw new IllegalStateException("Two scheduled jobs are named " + job.name());
      }
      long interval = Math.max(1, job.interval().toMillis());
      timers.createIntervalTimer(interval, interval, new TimerConfig(job.name(), false));
    }
  }

  @Timeout
  void run(Timer timer) {
    String name = (String) timer.getInfo();
    ScheduledJob job = byName.get(name);
    if (job == null || !running.add(name)) {
      return; // the last run is still going: this turn is its
    }
    try {
      job.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Scheduled job " + name + " failed; the next run tries again", e);
    } finally {
      running.remove(name);
    }
  }
}
