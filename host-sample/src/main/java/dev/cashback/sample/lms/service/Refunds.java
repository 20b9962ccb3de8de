package dev.cashback.sample.lms.service;

import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.api.RefundedItem;
import dev.cashback.sample.lms.model.Purchase;
import dev.cashback.sample.lms.model.Refund;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Refunding a purchase in full; {@link PurchaseRefunded} is fired in the same transaction. */
@ApplicationScoped
public class Refunds {

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  @Inject Event<PurchaseRefunded> purchaseRefunded;

  @Transactional
  public Refund refund(String purchaseId, String reason, String adminUsername) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Please give a reason for the refund.");
    }
    Purchase purchase = em.find(Purchase.class, purchaseId, LockModeType.PESSIMISTIC_WRITE);
    if (purchase == null) {
      throw new IllegalArgumentException("There is no such purchase.");
    }
    purchase.markRefunded();
    Refund refund =
        new Refund(purchase, reason.strip(), adminUsername, OffsetDateTime.now(ZoneOffset.UTC));
    em.persist(refund);
    purchaseRefunded.fire(
        new PurchaseRefunded(
            refund.getId(),
            purchase.getId(),
            List.of(new RefundedItem(purchase.getCourse().getId(), refund.getAmount())),
            refund.getAmount(),
            purchase.getCurrency(),
            refund.getReason(),
            refund.getRefundedAt().toInstant()));
    return refund;
  }
}
