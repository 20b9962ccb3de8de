package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.domain.intake.RefusedEvent;
import dev.cashback.plugin.domain.intake.RefusedEventRepository;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.logging.Logger;

/**
 * Keeps a host event the plugin could not take in, in a transaction of its own: the host's
 * transaction is suspended meanwhile, so nothing here can fail or roll back the host's purchase,
 * and the record stays even if the host's purchase does not. Callers in the host's event path catch
 * what this throws.
 */
@ApplicationScoped
public class RefusedEventLog {

  private static final Logger LOG = Logger.getLogger(RefusedEventLog.class.getName());

  @Inject RefusedEventRepository events;
  @Inject CashbackClock clock;

  @Transactional(TxType.REQUIRES_NEW)
  public void keep(
      RefusedEvent.Kind kind,
      String eventId,
      String purchaseId,
      String userId,
      String reason,
      String payload) {
    LOG.warning(() -> "Refused host " + kind + " " + eventId + ": " + reason);
    events.add(new RefusedEvent(kind, eventId, purchaseId, userId, reason, payload, clock.now()));
  }
}
