package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.accrual.CashbackStatus;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.accrual.LearnerSummary;
import dev.cashback.plugin.domain.accrual.Reversal;
import dev.cashback.plugin.domain.accrual.TransactionCursor;
import dev.cashback.plugin.domain.accrual.TransactionFilter;
import dev.cashback.plugin.domain.review.LearnerActivity;
import dev.cashback.plugin.domain.review.ReviewState;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.infrastructure.intake.DatabaseDialect;
import dev.cashback.plugin.infrastructure.persistence.FilteredQuery.Field;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaCashbackTransactionRepository implements CashbackTransactionRepository {

  private static final String NEWEST_FIRST = "t.createdAt DESC, t.id DESC";

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Inject DatabaseDialect dialect;

  @Override
  public void add(CashbackTransaction transaction) {
    em.persist(transaction);
  }

  @Override
  public void add(Reversal reversal) {
    em.persist(reversal);
  }

  @Override
  public Money expiredNotForgiven(long transactionId, String currency) {
    BigDecimal expired =
        em.createQuery(
                "SELECT SUM(l.expiredAmount) FROM CashbackLot l WHERE l.transactionId = :tx",
                BigDecimal.class)
            .setParameter("tx", transactionId)
            .getSingleResult();
    BigDecimal forgiven =
        em.createQuery(
                "SELECT SUM(r.expiredForgiven) FROM Reversal r WHERE r.transactionId = :tx",
                BigDecimal.class)
            .setParameter("tx", transactionId)
            .getSingleResult();
    BigDecimal left =
        (expired == null ? BigDecimal.ZERO : expired)
            .subtract(forgiven == null ? BigDecimal.ZERO : forgiven);
    return Money.of(left.max(BigDecimal.ZERO), currency);
  }

  @Override
  public boolean hasReversalsFor(String refundId) {
    return !em.createQuery("SELECT r.id FROM Reversal r WHERE r.refundId = :refundId")
        .setParameter("refundId", refundId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Map<Integer, Money> refundedByLine(String purchaseId, String currency) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT line_no, SUM(amount) FROM cb_refund_line WHERE purchase_id = ?"
                    + " GROUP BY line_no")
            .setParameter(1, purchaseId)
            .getResultList();
    Map<Integer, Money> refunded = new HashMap<>();
    for (Object[] row : rows) {
      refunded.put(
          ((Number) row[0]).intValue(), Money.of(new BigDecimal(row[1].toString()), currency));
    }
    return refunded;
  }

  @Override
  public boolean hasLineRefunds(String refundId) {
    return !em.createNativeQuery("SELECT line_no FROM cb_refund_line WHERE refund_id = ?")
        .setParameter(1, refundId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void addLineRefunds(String refundId, String purchaseId, Map<Integer, Money> lines) {
    lines.forEach(
        (lineNo, amount) ->
            em.createNativeQuery(
                    "INSERT INTO cb_refund_line (refund_id, line_no, purchase_id, amount)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, refundId)
                .setParameter(2, lineNo)
                .setParameter(3, purchaseId)
                .setParameter(4, amount.amount())
                .executeUpdate());
  }

  @Override
  public List<CashbackTransaction> findByPurchaseForUpdate(String purchaseId) {
    return em.createQuery(
            "SELECT t FROM CashbackTransaction t WHERE t.purchaseId = :purchaseId ORDER BY t.id",
            CashbackTransaction.class)
        .setParameter("purchaseId", purchaseId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public Optional<CashbackTransaction> findForUpdate(long id) {
    return Optional.ofNullable(
        em.find(CashbackTransaction.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<CashbackTransaction> claimDueForConfirmation(OffsetDateTime now, int limit) {
    List<Number> ids = new ArrayList<>(claimIds(DUE_BY_TIME, now, limit));
    if (ids.size() < limit) {
      ids.addAll(claimIds(DUE_BY_PROGRESS, now, limit - ids.size()));
    }
    return ids.stream().map(id -> em.find(CashbackTransaction.class, id.longValue())).toList();
  }

  /** Cashback waiting for an admin's review is confirmed by nothing else. */
  private static final String NOT_IN_REVIEW =
      " AND (review_state IS NULL OR review_state <> 'WAITING')";

  /** Pending cashback whose hold (or refund window) is over, oldest first. */
  private static final String DUE_BY_TIME =
      "SELECT id FROM cb_transaction WHERE status = 'PENDING' AND confirm_after <= ?"
          + NOT_IN_REVIEW
          + " ORDER BY confirm_after, id";

  /**
   * Pending cashback whose learner has completed enough of its course and that is not due by time
   * already: a query of its own, so the time-due one keeps its index and this one reads only the
   * cashback that waits for progress; the two never claim one row twice (which confirmed it twice
   * in one batch, and failed the batch).
   */
  private static final String DUE_BY_PROGRESS =
      "SELECT t.id FROM cb_transaction t WHERE t.status = 'PENDING' AND t.confirm_after > ?"
          + " AND t.confirm_at_progress IS NOT NULL AND EXISTS (SELECT 1 FROM cb_course_progress p"
          + " WHERE p.user_id = t.user_id AND p.course_id = t.target_id"
          + " AND p.percent_complete >= t.confirm_at_progress)"
          + NOT_IN_REVIEW
          + " ORDER BY t.id";

  @SuppressWarnings("unchecked")
  private List<Number> claimIds(String query, OffsetDateTime now, int limit) {
    Query claim =
        em.createNativeQuery(
                query
                    + (dialect.isPostgres() ? " LIMIT " + limit : "")
                    + dialect.lockSkippingLocked())
            .setMaxResults(dialect.isPostgres() ? Integer.MAX_VALUE : limit);
    return claim.setParameter(1, now).getResultList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Long> awaitingProgress(String userId, String courseId) {
    List<Number> ids =
        em.createNativeQuery(
                "SELECT t.id FROM cb_transaction t JOIN cb_course_progress p"
                    + " ON p.user_id = t.user_id AND p.course_id = t.target_id"
                    + " WHERE t.user_id = ? AND t.target_id = ? AND t.status = 'PENDING'"
                    + " AND t.confirm_at_progress IS NOT NULL"
                    + " AND p.percent_complete >= t.confirm_at_progress"
                    + NOT_IN_REVIEW
                    + " ORDER BY t.id")
            .setParameter(1, userId)
            .setParameter(2, courseId)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  @Override
  public LearnerActivity activity(
      String userId, String currency, OffsetDateTime from, OffsetDateTime to) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(DISTINCT purchase_id),"
                        + " COALESCE(SUM(cashback_amount - reversed_amount), 0)"
                        + " FROM cb_transaction WHERE user_id = ? AND currency = ?"
                        + " AND purchased_at >= ? AND purchased_at < ? AND source = 'RULE'"
                        + " AND status <> 'DECLINED'")
                .setParameter(1, userId)
                .setParameter(2, currency)
                .setParameter(3, from)
                .setParameter(4, to)
                .getSingleResult();
    return new LearnerActivity(
        ((Number) row[0]).longValue(), Money.of(new BigDecimal(row[1].toString()), currency));
  }

  @Override
  public List<CashbackTransaction> awaitingReview(int first, int max) {
    return em.createQuery(
            "SELECT t FROM CashbackTransaction t WHERE t.reviewState = :waiting"
                + " AND t.status = :pending ORDER BY t.createdAt, t.id",
            CashbackTransaction.class)
        .setParameter("waiting", ReviewState.WAITING)
        .setParameter("pending", CashbackStatus.PENDING)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countAwaitingReview() {
    return em.createQuery(
            "SELECT COUNT(t) FROM CashbackTransaction t WHERE t.reviewState = :waiting"
                + " AND t.status = :pending",
            Long.class)
        .setParameter("waiting", ReviewState.WAITING)
        .setParameter("pending", CashbackStatus.PENDING)
        .getSingleResult();
  }

  @Override
  public Money grantedByRuleToUser(
      long ruleId, String userId, String currency, OffsetDateTime from, OffsetDateTime to) {
    BigDecimal sum =
        em.createQuery(
                "SELECT SUM(t.cashbackAmount - t.reversedAmount) FROM CashbackTransaction t"
                    + " WHERE t.ruleId = :ruleId AND t.userId = :userId AND t.currency = :currency"
                    + " AND t.purchasedAt >= :from AND t.purchasedAt < :to"
                    + " AND t.status <> dev.cashback.plugin.domain.accrual.CashbackStatus.DECLINED",
                BigDecimal.class)
            .setParameter("ruleId", ruleId)
            .setParameter("userId", userId)
            .setParameter("currency", currency)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    return Money.of(sum == null ? BigDecimal.ZERO : sum, currency);
  }

  @Override
  public boolean anyFromRule(long ruleId) {
    return !em.createQuery("SELECT t.id FROM CashbackTransaction t WHERE t.ruleId = :ruleId")
        .setParameter("ruleId", ruleId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<CashbackTransaction> findByPurchase(String purchaseId) {
    return findByPurchases(List.of(purchaseId)).getOrDefault(purchaseId, List.of());
  }

  @Override
  public Map<String, List<CashbackTransaction>> findByPurchases(Collection<String> purchaseIds) {
    if (purchaseIds.isEmpty()) {
      return Map.of();
    }
    Map<String, List<CashbackTransaction>> byPurchase = new HashMap<>();
    em.createQuery(
            "SELECT t FROM CashbackTransaction t WHERE t.purchaseId IN :purchaseIds"
                + " ORDER BY t.purchaseId, t.lineNo",
            CashbackTransaction.class)
        .setParameter("purchaseIds", List.copyOf(purchaseIds))
        .getResultList()
        .forEach(
            tx -> byPurchase.computeIfAbsent(tx.getPurchaseId(), id -> new ArrayList<>()).add(tx));
    return byPurchase;
  }

  @Override
  public List<CashbackTransaction> search(TransactionFilter filter, int first, int max) {
    return query(filter).page(CashbackTransaction.class, NEWEST_FIRST, first, max);
  }

  @Override
  public List<CashbackTransaction> searchAfter(
      TransactionFilter filter, TransactionCursor after, int max) {
    FilteredQuery query = query(filter);
    if (after != null) {
      query.before(CREATED_AT, ID, after.createdAt(), after.id());
    }
    return query.page(CashbackTransaction.class, NEWEST_FIRST, 0, max);
  }

  @Override
  public long count(TransactionFilter filter, int atMost) {
    return query(filter).countAtMost(atMost);
  }

  @Override
  public long countLearnerRows(TransactionFilter filter) {
    return query(filter).countGroups("t.user_id, t.currency");
  }

  @Override
  public Optional<CashbackTransaction> find(long id) {
    return Optional.ofNullable(em.find(CashbackTransaction.class, id));
  }

  private static final Field ID = new Field("t.id", "t.id");
  private static final Field ITEM_TYPE = new Field("t.itemType", "t.item_type");
  private static final Field CREATED_AT = new Field("t.createdAt", "t.created_at");
  private static final Field STATUS = new Field("t.status", "t.status");
  private static final Field CURRENCY = new Field("t.currency", "t.currency");
  private static final Field USER_NAME = new Field("t.userName", "t.user_name");
  private static final Field USER_ID = new Field("t.userId", "t.user_id");
  private static final Field INSTRUCTOR_ID = new Field("t.instructorId", "t.instructor_id");

  private FilteredQuery query(TransactionFilter f) {
    return FilteredQuery.over(em, "CashbackTransaction t", "cb_transaction t")
        .where(ITEM_TYPE, "=", f.itemType())
        .where(CREATED_AT, ">=", f.from())
        .where(CREATED_AT, "<", f.until())
        .where(STATUS, "=", f.status())
        .where(CURRENCY, "=", f.currency())
        // A prefix, so an index can serve it at volume: "lena" finds "Lena Learner".
        .startsWith(f.userName(), USER_NAME)
        .where(USER_ID, "=", f.userId())
        .where(INSTRUCTOR_ID, "=", f.instructorId())
        .when(
            f.expiredOnly(),
            "EXISTS (SELECT l.id FROM CashbackLot l WHERE l.transactionId = t.id"
                + " AND l.expiredAmount > 0)",
            "EXISTS (SELECT 1 FROM cb_lot l WHERE l.transaction_id = t.id"
                + " AND l.expired_amount > 0)");
  }

  @Override
  public List<CashbackTransaction> findByUser(String userId) {
    return em.createQuery(
            "SELECT t FROM CashbackTransaction t WHERE t.userId = :userId ORDER BY " + NEWEST_FIRST,
            CashbackTransaction.class)
        .setParameter("userId", userId)
        .getResultList();
  }

  @Override
  public List<LearnerSummary> summarizeByLearner(TransactionFilter filter, int first, int max) {
    return query(filter)
        .page(
            "NEW dev.cashback.plugin.domain.accrual.LearnerSummary("
                + "t.userId, MAX(t.userName), MAX(t.userImage), t.currency,"
                + " SUM(t.purchaseAmount), SUM(t.cashbackAmount - t.reversedAmount), MAX(t.createdAt))",
            LearnerSummary.class,
            " GROUP BY t.userId, t.currency"
                + " ORDER BY SUM(t.cashbackAmount - t.reversedAmount) DESC, t.userId, t.currency",
            first,
            max);
  }

  @Override
  public Optional<String> latestUserName(String userId) {
    return em
        .createQuery(
            "SELECT t.userName FROM CashbackTransaction t WHERE t.userId = :user"
                + " ORDER BY t.createdAt DESC",
            String.class)
        .setParameter("user", userId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Money keptConfirmedPurchases(
      String userId,
      String currency,
      String excludedItemType,
      OffsetDateTime from,
      OffsetDateTime until) {
    Object sum =
        em.createNativeQuery(
                "SELECT COALESCE(SUM(kept), 0) FROM ("
                    + " SELECT t.purchase_id, t.line_no,"
                    + " MIN(t.purchase_amount - t.refunded_purchase_amount) AS kept"
                    + " FROM cb_transaction t"
                    + " WHERE t.user_id = ? AND t.currency = ?"
                    + " AND t.status IN ('CONFIRMED', 'REVERSED')"
                    + " AND (t.item_type IS NULL OR t.item_type <> ?)"
                    + " AND t.purchased_at >= ? AND t.purchased_at <= ?"
                    + " AND (t.line_no <> 0 OR NOT EXISTS (SELECT 1 FROM cb_transaction o"
                    + "   WHERE o.purchase_id = t.purchase_id AND o.line_no <> 0))"
                    + " GROUP BY t.purchase_id, t.line_no) lines")
            .setParameter(1, userId)
            .setParameter(2, currency)
            .setParameter(3, excludedItemType)
            .setParameter(4, from)
            .setParameter(5, until)
            .getSingleResult();
    return Money.of(new BigDecimal(sum.toString()), currency);
  }

  @Override
  public boolean hasPendingPurchasedBetween(
      String userId, String currency, OffsetDateTime from, OffsetDateTime until) {
    return !em.createQuery(
            "SELECT t.id FROM CashbackTransaction t WHERE t.userId = :user"
                + " AND t.currency = :currency AND t.status = :pending"
                + " AND t.purchasedAt >= :from AND t.purchasedAt <= :until",
            Long.class)
        .setParameter("user", userId)
        .setParameter("currency", currency)
        .setParameter("pending", CashbackStatus.PENDING)
        .setParameter("from", from)
        .setParameter("until", until)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
