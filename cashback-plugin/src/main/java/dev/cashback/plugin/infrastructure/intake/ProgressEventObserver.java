package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.api.CourseProgressed;
import dev.cashback.plugin.application.accrual.CashbackLifecycle;
import dev.cashback.plugin.application.intake.HostEventChecks;
import dev.cashback.plugin.application.intake.RefusedEventLog;
import dev.cashback.plugin.application.shared.HostEntry;
import dev.cashback.plugin.domain.intake.Refusal;
import dev.cashback.plugin.domain.intake.RefusedEvent.Kind;
import dev.cashback.plugin.infrastructure.scheduling.BackgroundTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Listens to the host's progress events. The progress is recorded in the host's transaction (when
 * it has one), so what was reported is never lost; the cashback it confirms is confirmed after the
 * host commits, on a thread of the plugin's, and the confirmation job confirms whatever that
 * misses. No exception ever leaves these methods, and the host's thread never waits for a
 * confirmation.
 */
@ApplicationScoped
@HostEntry
public class ProgressEventObserver {

  private static final Logger LOG = Logger.getLogger(ProgressEventObserver.class.getName());

  @Inject ProgressWriter progress;
  @Inject CashbackLifecycle lifecycle;
  @Inject RefusedEventLog refusedEvents;
  @Inject InboxConfig settings;

  @Inject BackgroundTasks executor;

  void record(@Observes CourseProgressed event) {
    if (!settings.hostEvents()) {
      return;
    }
    try {
      Map<String, String> problems = HostEventChecks.problems(event);
      if (problems.isEmpty()) {
        progress.record(event);
      } else {
        refusedEvents.keep(
            Refusal.ofHostEvent(
                Kind.PROGRESS,
                event.courseId(),
                null,
                event.userId(),
                HostEventChecks.describe(problems),
                InboxWriter.JSON.toJson(event)));
      }
    } catch (Exception e) {
      LOG.log(
          Level.SEVERE,
          "Could not record the progress of " + event.userId() + " in " + event.courseId(),
          e);
    }
  }

  void confirm(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseProgressed event) {
    if (!settings.hostEvents()) {
      return;
    }
    try {
      executor.submit(() -> confirmQuietly(event.userId(), event.courseId()));
    } catch (RuntimeException rejected) {
      LOG.log(Level.WARNING, "Progress confirmation deferred to the confirmation job", rejected);
    }
  }

  /** Confirms what the recorded progress confirms; a failure is left to the confirmation job. */
  public void confirmQuietly(String userId, String courseId) {
    try {
      lifecycle.confirmReachedProgress(userId, courseId);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Confirming by the progress of " + userId + " in " + courseId + " failed; will retry",
          e);
    }
  }
}
