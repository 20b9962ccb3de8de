package dev.cashback.plugin.application.review;

import dev.cashback.plugin.application.accrual.CashbackLifecycle;
import dev.cashback.plugin.application.shared.ConflictException;
import dev.cashback.plugin.application.shared.NotFoundException;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.shared.AuditAction;
import dev.cashback.plugin.domain.shared.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * An admin's decision on a cashback waiting for review, taken once: the cashback row is locked
 * first, so of two admins deciding at once one decides and the other is told it was decided. An
 * approved cashback goes on as usual (confirmed now when its date has passed, else when it comes);
 * a declined one is declined whole, its learner told why by e-mail.
 */
@ApplicationScoped
public class ReviewDecisions {

  @Inject CashbackTransactionRepository transactions;
  @Inject CashbackLifecycle lifecycle;
  @Inject AuditLog audit;
  @Inject TimeSource clock;

  @Transactional
  public void approve(long transactionId, String admin) {
    CashbackTransaction tx = decide(transactionId, true, admin, null);
    audit.record(admin, AuditAction.REVIEW_APPROVED, tx.getId(), null, tx.getReviewReason().name());
    if (!tx.getConfirmAfter().isAfter(clock.now())) {
      lifecycle.confirmNow(tx.getId());
    }
  }

  @Transactional
  public void decline(long transactionId, String reason, String admin) {
    CashbackTransaction tx = decide(transactionId, false, admin, reason);
    audit.record(
        admin, AuditAction.REVIEW_DECLINED, tx.getId(), reason, tx.getReviewReason().name());
    lifecycle.refundByAdmin(tx.getId(), null, reason, admin);
  }

  private CashbackTransaction decide(
      long transactionId, boolean approved, String admin, String note) {
    CashbackTransaction tx =
        transactions
            .findForUpdate(transactionId)
            .orElseThrow(() -> new NotFoundException("There is no such cashback transaction."));
    OffsetDateTime now = clock.now();
    try {
      tx.decideReview(approved, admin, note, now);
    } catch (IllegalStateException e) {
      throw new ConflictException(
          "This cashback is not waiting for review: it was decided already, or refunded.");
    }
    return tx;
  }
}
