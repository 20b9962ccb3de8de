package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.application.CashbackAccrual;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Processes accepted purchases, each in a transaction of its own. The inbox row is claimed with a
 * row lock, so however many threads or nodes try the same purchase at once, one grants the cashback
 * and marks the row processed in the same transaction; the others find it locked or already
 * processed and do nothing.
 */
@ApplicationScoped
public class PurchaseProcessor {

  private static final Duration MAX_BACKOFF = Duration.ofHours(1);

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Inject CashbackAccrual accrual;
  @Inject DatabaseDialect dialect;
  @Inject CashbackClock clock;

  /** Returns true if this call processed the purchase, false if there was nothing to do. */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean process(String purchaseId) {
    @SuppressWarnings("unchecked")
    List<String> payloads =
        em.createNativeQuery(
                "SELECT payload FROM cb_purchase_inbox WHERE purchase_id = ? AND processed_at IS NULL"
                    + dialect.lockSkippingLocked())
            .setParameter(1, purchaseId)
            .getResultList();
    if (payloads.isEmpty()) {
      return false;
    }
    PurchaseCompleted event = InboxStore.JSON.fromJson(payloads.get(0), PurchaseCompleted.class);
    accrual.accrue(PurchaseTranslator.toFacts(event));
    em.createNativeQuery("UPDATE cb_purchase_inbox SET processed_at = ? WHERE purchase_id = ?")
        .setParameter(1, clock.now())
        .setParameter(2, purchaseId)
        .executeUpdate();
    return true;
  }

  /** Notes a failed attempt and when to try again, backing off exponentially up to an hour. */
  @Transactional(TxType.REQUIRES_NEW)
  public void recordFailure(String purchaseId, Throwable error, Duration retryInterval) {
    Number attempts =
        (Number)
            em.createNativeQuery("SELECT attempts FROM cb_purchase_inbox WHERE purchase_id = ?")
                .setParameter(1, purchaseId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    if (attempts == null) {
      return;
    }
    Duration backoff = retryInterval.multipliedBy(1L << Math.min(attempts.intValue(), 10));
    OffsetDateTime next =
        clock.now().plus(backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff);
    String message = String.valueOf(error);
    em.createNativeQuery(
            "UPDATE cb_purchase_inbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
                + " WHERE purchase_id = ?")
        .setParameter(1, next)
        .setParameter(2, message.length() > 2000 ? message.substring(0, 2000) : message)
        .setParameter(3, purchaseId)
        .executeUpdate();
  }

  /** Purchases accepted but not processed whose next attempt is due, oldest first. */
  @SuppressWarnings("unchecked")
  @Transactional(TxType.REQUIRES_NEW)
  public List<String> due(int limit) {
    return em.createNativeQuery(
            "SELECT purchase_id FROM cb_purchase_inbox WHERE processed_at IS NULL"
                + " AND next_attempt_at <= ? ORDER BY received_at")
        .setParameter(1, clock.now())
        .setMaxResults(limit)
        .getResultList();
  }
}
