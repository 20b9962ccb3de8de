package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseItem;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.application.accrual.CashbackAccrual;
import dev.cashback.plugin.application.accrual.CashbackLifecycle;
import dev.cashback.plugin.application.intake.HostEventChecks;
import dev.cashback.plugin.application.intake.HostEvents;
import dev.cashback.plugin.application.intake.RefusedEventLog;
import dev.cashback.plugin.application.wallet.Wallets;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.intake.Refusal;
import dev.cashback.plugin.domain.intake.RefusedEvent;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.SpentCashback;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.metrics.CashbackMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Processes accepted events, each in a transaction of its own. The inbox row is claimed with a row
 * lock, so however many threads or nodes try the same event at once, one applies it and marks the
 * row processed in the same transaction; the others find it locked or already processed and do
 * nothing.
 */
@ApplicationScoped
public class InboxEventApplier {

  private static final Duration MAX_BACKOFF = Duration.ofHours(1);

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Inject CashbackAccrual accrual;
  @Inject CashbackLifecycle lifecycle;
  @Inject DatabaseDialect dialect;
  @Inject CashbackClock clock;
  @Inject CashbackMetrics metrics;
  @Inject Wallets wallets;
  @Inject CashbackTransactionRepository transactions;
  @Inject RefusedEventLog refusedEvents;

  /** Returns true if this call applied the event, false if there was nothing to do. */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean process(Inbox inbox, String key) {
    @SuppressWarnings("unchecked")
    List<Object[]> payloads =
        em.createNativeQuery(
                "SELECT payload, received_at FROM "
                    + inbox.table
                    + " WHERE "
                    + inbox.key
                    + " = ?"
                    + " AND processed_at IS NULL"
                    + dialect.lockSkippingLocked())
            .setParameter(1, key)
            .getResultList();
    if (payloads.isEmpty()) {
      return false;
    }
    switch (inbox) {
      case PURCHASES -> {
        PurchaseCompleted event =
            InboxWriter.JSON.fromJson((String) payloads.get(0)[0], PurchaseCompleted.class);
        accrual.accrue(HostEvents.toFacts(event));
        metrics.intakeLatency(waited(payloads.get(0)[1]));
      }
      case REFUNDS -> {
        PurchaseRefunded refund =
            InboxWriter.JSON.fromJson((String) payloads.get(0)[0], PurchaseRefunded.class);
        PurchaseCompleted purchase = processedPurchase(refund);
        Optional<String> wrongCurrency =
            HostEventChecks.refundCurrencyProblem(refund, purchase.currency());
        if (wrongCurrency.isPresent()) {
          refuse(refund, purchase, (String) payloads.get(0)[0], wrongCurrency.get());
          return true;
        }
        Map<Integer, Money> perLine = lifecycle.applyRefund(HostEvents.toFacts(refund, purchase));
        returnSpentCashback(refund, purchase, perLine);
      }
    }
    markProcessed(inbox, key, null);
    return true;
  }

  /** Keeps the refund for admins with its reason and closes its inbox row: it is never retried. */
  private void refuse(
      PurchaseRefunded refund, PurchaseCompleted purchase, String payload, String reason) {
    refusedEvents.keepWithCaller(
        Refusal.ofHostEvent(
            RefusedEvent.Kind.REFUND,
            refund.refundId(),
            refund.purchaseId(),
            purchase.buyer().userId(),
            reason,
            payload));
    markProcessed(Inbox.REFUNDS, refund.refundId(), "Refused: " + reason);
  }

  private void markProcessed(Inbox inbox, String key, String refusal) {
    em.createNativeQuery(
            "UPDATE "
                + inbox.table
                + " SET processed_at = ?, last_error = ? WHERE "
                + inbox.key
                + " = ?")
        .setParameter(1, clock.now())
        .setParameter(2, refusal)
        .setParameter(3, key)
        .executeUpdate();
  }

  /**
   * Grants up to {@code limit} due purchases in one transaction, claimed with {@code SKIP LOCKED}
   * so several drainers and nodes share the work. Locks are taken in one global order: first the
   * budgeted rules any of the purchases may draw on (ascending ids), then learners' wallets in user
   * order, so two batches (or a batch and a single grant) never deadlock. Returns the purchase ids
   * processed; if any purchase fails, the whole batch rolls back and the caller processes its
   * purchases one by one.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public List<String> processBatch(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT purchase_id, payload, received_at FROM cb_purchase_inbox"
                    + " WHERE processed_at IS NULL"
                    + " AND next_attempt_at <= ? ORDER BY received_at"
                    + (dialect.isPostgres() ? " LIMIT " + limit : "")
                    + dialect.lockSkippingLocked())
            .setParameter(1, clock.now())
            .setMaxResults(dialect.isPostgres() ? Integer.MAX_VALUE : limit)
            .getResultList();
    return grantClaimed(rows);
  }

  /**
   * Grants these purchases in one transaction, those of them still to be granted and not claimed by
   * another grant (skipped, not waited for), with the locks in the order {@link #processBatch(int)}
   * takes them. Returns the purchase ids it processed; if any purchase fails, the whole batch rolls
   * back and the caller processes them one by one.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public List<String> processPurchases(List<String> purchaseIds) {
    if (purchaseIds.isEmpty()) {
      return List.of();
    }
    Query claim =
        em.createNativeQuery(
            "SELECT purchase_id, payload, received_at FROM cb_purchase_inbox"
                + " WHERE purchase_id IN ("
                + String.join(", ", Collections.nCopies(purchaseIds.size(), "?"))
                + ") AND processed_at IS NULL ORDER BY received_at"
                + dialect.lockSkippingLocked());
    for (int i = 0; i < purchaseIds.size(); i++) {
      claim.setParameter(i + 1, purchaseIds.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = claim.getResultList();
    return grantClaimed(rows);
  }

  /** Grants the claimed inbox rows (purchase id, payload, received at) and marks them processed. */
  private List<String> grantClaimed(List<Object[]> rows) {
    rows.forEach(row -> metrics.intakeLatency(waited(row[2])));
    List<PurchaseCompleted> purchases =
        rows.stream()
            .map(row -> InboxWriter.JSON.fromJson((String) row[1], PurchaseCompleted.class))
            .toList();
    if (purchases.isEmpty()) {
      return List.of();
    }
    accrual.accrueAll(purchases.stream().map(HostEvents::toFacts).toList());
    List<String> ids = purchases.stream().map(PurchaseCompleted::purchaseId).toList();
    // Plain JDBC on the transaction's connection: as a native query, EclipseLink would look each
    // of the 501 parameters up in a list (a tenth of the server's time in the batch benchmark).
    try (PreparedStatement done =
        em.unwrap(Connection.class)
            .prepareStatement(
                "UPDATE cb_purchase_inbox SET processed_at = ? WHERE purchase_id IN ("
                    + String.join(", ", Collections.nCopies(ids.size(), "?"))
                    + ")")) {
      done.setObject(1, clock.now());
      for (int i = 0; i < ids.size(); i++) {
        done.setString(i + 2, ids.get(i));
      }
      done.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("The inbox could not be updated", e);
    }
    return ids;
  }

  /**
   * Cashback spent on the purchase goes back to the wallet as the purchase is refunded, by {@link
   * SpentCashback}; for a refund naming its items, with what each line has had refunded so far and
   * the targets named so far.
   */
  private void returnSpentCashback(
      PurchaseRefunded refund, PurchaseCompleted purchase, Map<Integer, Money> perLine) {
    String currency = purchase.currency();
    List<SpentCashback.Line> lines = new ArrayList<>();
    int lineNo = 0;
    for (PurchaseItem item : purchase.items()) {
      lines.add(
          new SpentCashback.Line(
              ++lineNo, item.targetId(), item.paidFromWallet(), item.cashbackBase()));
    }
    SpentCashback spending = SpentCashback.on(currency, lines);
    if (!spending.spent().isPositive()) {
      return;
    }
    SpentCashback.Refund returned =
        refund.items().isEmpty()
            ? SpentCashback.Refund.ofWholePurchase(Money.of(refund.amount(), currency))
            : SpentCashback.Refund.ofItems(
                perLine.values().stream()
                    .reduce(Money.zero(Currency.getInstance(currency)), Money::plus),
                transactions.refundedByLine(purchase.purchaseId(), currency),
                targetsNamedSoFar(refund));
    wallets.returnSpent(
        refund.refundId(), purchase.purchaseId(), purchase.buyer().userId(), spending, returned);
  }

  /** The targets this refund and the purchase's refunds applied before it named. */
  private Set<String> targetsNamedSoFar(PurchaseRefunded refund) {
    Set<String> named = new HashSet<>();
    refund.items().forEach(item -> named.add(item.targetId()));
    @SuppressWarnings("unchecked")
    List<String> earlier =
        em.createNativeQuery(
                "SELECT payload FROM cb_refund_inbox WHERE purchase_id = ?"
                    + " AND processed_at IS NOT NULL AND last_error IS NULL")
            .setParameter(1, refund.purchaseId())
            .getResultList();
    for (String payload : earlier) {
      InboxWriter.JSON
          .fromJson(payload, PurchaseRefunded.class)
          .items()
          .forEach(item -> named.add(item.targetId()));
    }
    return named;
  }

  /** How long an inbox row received at {@code receivedAt} waited until now. */
  private Duration waited(Object receivedAt) {
    OffsetDateTime received =
        receivedAt == null
            ? clock.now()
            : dev.cashback.plugin.infrastructure.persistence.SqlTimes.utc(receivedAt);
    return Duration.between(received, clock.now());
  }

  /** The refunded purchase, once its cashback is settled; a refund never overtakes its purchase. */
  private PurchaseCompleted processedPurchase(PurchaseRefunded refund) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                // Locked: refunds of one purchase split its lines one after the other.
                "SELECT payload, processed_at FROM cb_purchase_inbox WHERE purchase_id = ?"
                    + " FOR UPDATE")
            .setParameter(1, refund.purchaseId())
            .getResultList();
    if (rows.isEmpty() || rows.get(0)[1] == null) {
      throw new IllegalStateException(
          "purchase "
              + refund.purchaseId()
              + " of refund "
              + refund.refundId()
              + " is not processed yet");
    }
    return InboxWriter.JSON.fromJson((String) rows.get(0)[0], PurchaseCompleted.class);
  }

  /** Notes a failed attempt and when to try again, backing off exponentially up to an hour. */
  @Transactional(TxType.REQUIRES_NEW)
  public void recordFailure(Inbox inbox, String key, Throwable error, Duration retryInterval) {
    Number attempts =
        (Number)
            em.createNativeQuery(
                    "SELECT attempts FROM " + inbox.table + " WHERE " + inbox.key + " = ?")
                .setParameter(1, key)
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
            "UPDATE "
                + inbox.table
                + " SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
                + " WHERE "
                + inbox.key
                + " = ?")
        .setParameter(1, next)
        .setParameter(2, message.length() > 2000 ? message.substring(0, 2000) : message)
        .setParameter(3, key)
        .executeUpdate();
  }

  /** Events accepted but not processed whose next attempt is due, oldest first. */
  @SuppressWarnings("unchecked")
  @Transactional(TxType.REQUIRES_NEW)
  public List<String> due(Inbox inbox, int limit) {
    return em.createNativeQuery(
            "SELECT "
                + inbox.key
                + " FROM "
                + inbox.table
                + " WHERE processed_at IS NULL"
                + " AND next_attempt_at <= ? ORDER BY received_at")
        .setParameter(1, clock.now())
        .setMaxResults(limit)
        .getResultList();
  }
}
