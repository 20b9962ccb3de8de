package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.application.shared.ConflictException;
import dev.cashback.plugin.domain.shared.AuditAction;
import dev.cashback.plugin.domain.shared.AuditLog;
import dev.cashback.plugin.infrastructure.scheduling.BackgroundTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports of past purchases, run in the background in chunks through the same inbox as the signed
 * batch intake ({@link SignedIntake#recordAll}), so each purchase is applied once however often a
 * file is imported: a purchase id seen before is a duplicate and changes nothing. Progress is kept
 * on this node for the page that started it to follow (several nodes need sticky sessions for the
 * Faces pages anyway).
 */
@ApplicationScoped
public class PurchaseImports {

  private static final Logger LOG = Logger.getLogger(PurchaseImports.class.getName());

  /** Purchases recorded per transaction. */
  static final int CHUNK = 200;

  /**
   * Where one import stands; {@code failed} counts purchases of chunks that could not be stored.
   */
  public record Progress(
      int total, int done, int accepted, int duplicates, int failed, boolean finished)
      implements Serializable {

    public int percent() {
      return total == 0 ? 100 : done * 100 / total;
    }
  }

  private static final class Job {
    final int total;
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    volatile boolean finished;

    Job(int total) {
      this.total = total;
    }

    Progress progress() {
      return new Progress(
          total, done.get(), accepted.get(), duplicates.get(), failed.get(), finished);
    }
  }

  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  @Inject SignedIntake intake;
  @Inject AuditLog audit;

  /** This bean through its proxy, so {@link #audit} runs in a transaction of its own. */
  @Inject PurchaseImports self;

  @Inject BackgroundTasks executor;

  /** Finished imports kept for their pages to read, at most. */
  private static final int KEPT = 100;

  /**
   * Starts importing the purchases (checked, distinct ids); returns the import's id.
   *
   * @throws ConflictException when the plugin's background threads take no more work now: nothing
   *     was imported, and the admin may run it again in a moment
   */
  public String start(List<PurchaseCompleted> purchases, String fileName, String admin) {
    if (jobs.size() >= KEPT) {
      jobs.values().removeIf(job -> job.finished);
    }
    String id = UUID.randomUUID().toString();
    Job job = new Job(purchases.size());
    jobs.put(id, job);
    try {
      executor.submit(() -> run(id, job, List.copyOf(purchases), fileName, admin));
    } catch (RejectedExecutionException busy) {
      jobs.remove(id);
      LOG.log(Level.WARNING, "Import of " + fileName + " refused: no background thread", busy);
      throw new ConflictException(
          "The server has too much background work to start the import now; nothing was"
              + " imported, try again in a moment.");
    }
    return id;
  }

  /** Imports kept now, running or finished. */
  int jobs() {
    return jobs.size();
  }

  public Optional<Progress> progress(String importId) {
    return Optional.ofNullable(jobs.get(importId)).map(Job::progress);
  }

  private void run(
      String id, Job job, List<PurchaseCompleted> purchases, String fileName, String admin) {
    try {
      for (int from = 0; from < purchases.size(); from += CHUNK) {
        List<PurchaseCompleted> chunk =
            purchases.subList(from, Math.min(purchases.size(), from + CHUNK));
        try {
          // A purchase too large for the inbox is not stored; it never holds back its chunk.
          InboxWriter.Recorded recorded = intake.recordAll(chunk);
          int fresh = recorded.accepted().size();
          job.accepted.addAndGet(fresh);
          job.failed.addAndGet(recorded.tooLarge().size());
          job.duplicates.addAndGet(chunk.size() - fresh - recorded.tooLarge().size());
          if (fresh > 0) {
            intake.process();
          }
        } catch (Exception e) {
          LOG.log(Level.SEVERE, "Import " + id + ": a chunk of " + chunk.size() + " failed", e);
          job.failed.addAndGet(chunk.size());
        }
        job.done.addAndGet(chunk.size());
      }
      Progress end = job.progress();
      String outcome =
          end.accepted()
              + " accepted, "
              + end.duplicates()
              + " duplicates, "
              + end.failed()
              + " not stored";
      try {
        self.audit(admin, id, fileName, outcome);
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Import " + id + " could not be audited: " + outcome, e);
      }
    } finally {
      job.finished = true;
    }
  }

  /**
   * Records who imported what, in a transaction of its own: the import runs on a thread of the
   * plugin's, where no transaction is open.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void audit(String admin, String importId, String fileName, String outcome) {
    audit.record(admin, AuditAction.PURCHASES_IMPORTED, importId, fileName, outcome);
  }
}
