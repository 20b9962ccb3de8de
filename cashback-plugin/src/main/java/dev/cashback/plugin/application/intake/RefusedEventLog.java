package dev.cashback.plugin.application.intake;

import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.domain.intake.Refusal;
import dev.cashback.plugin.domain.intake.RefusedEvent;
import dev.cashback.plugin.domain.intake.RefusedEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.logging.Logger;

/**
 * The one writer of refused events, for the host's events (the intake) and the networks' postbacks
 * alike. {@link #keep} writes in a transaction of its own: the caller's transaction is suspended
 * meanwhile, so nothing here can fail or roll back the host's purchase, and the record stays when
 * the caller's transaction does not (a refused postback rolls its own back). Callers in the host's
 * event path catch what this throws.
 */
@ApplicationScoped
public class RefusedEventLog {

  private static final Logger LOG = Logger.getLogger(RefusedEventLog.class.getName());

  @Inject RefusedEventRepository events;
  @Inject TimeSource clock;

  @Transactional(TxType.REQUIRES_NEW)
  public void keep(Refusal refusal) {
    add(refusal);
  }

  /**
   * Keeps it in the caller's transaction instead, for a caller that closes what was refused in that
   * transaction (an inbox row): the refusal and the closing commit together or not at all, so a
   * retry never keeps it twice.
   */
  @Transactional(TxType.MANDATORY)
  public void keepWithCaller(Refusal refusal) {
    add(refusal);
  }

  private void add(Refusal refusal) {
    LOG.warning(
        () -> "Refused " + refusal.kind() + " " + refusal.eventId() + ": " + refusal.reason());
    events.add(new RefusedEvent(refusal, clock.now()));
  }
}
