package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.accrual.LearnerSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaCashbackTransactionRepository implements CashbackTransactionRepository {

  private static final String NEWEST_FIRST = " ORDER BY t.createdAt DESC, t.id DESC";

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Override
  public void add(CashbackTransaction transaction) {
    em.persist(transaction);
  }

  @Override
  public List<CashbackTransaction> findByPurchase(String purchaseId) {
    return em.createQuery(
            "SELECT t FROM CashbackTransaction t WHERE t.purchaseId = :purchaseId ORDER BY t.lineNo",
            CashbackTransaction.class)
        .setParameter("purchaseId", purchaseId)
        .getResultList();
  }

  @Override
  public List<CashbackTransaction> findAll(int first, int max) {
    return em.createQuery(
            "SELECT t FROM CashbackTransaction t" + NEWEST_FIRST, CashbackTransaction.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countAll() {
    return em.createQuery("SELECT COUNT(t) FROM CashbackTransaction t", Long.class)
        .getSingleResult();
  }

  @Override
  public List<CashbackTransaction> findByUser(String userId) {
    return em.createQuery(
            "SELECT t FROM CashbackTransaction t WHERE t.userId = :userId" + NEWEST_FIRST,
            CashbackTransaction.class)
        .setParameter("userId", userId)
        .getResultList();
  }

  @Override
  public List<CashbackTransaction> findByInstructor(String instructorId) {
    return em.createQuery(
            "SELECT t FROM CashbackTransaction t WHERE t.instructorId = :instructorId"
                + NEWEST_FIRST,
            CashbackTransaction.class)
        .setParameter("instructorId", instructorId)
        .getResultList();
  }

  @Override
  public List<LearnerSummary> summarizeByLearner() {
    return em.createQuery(
            "SELECT NEW dev.cashback.plugin.domain.accrual.LearnerSummary("
                + "t.userId, MAX(t.userName), MAX(t.userImage), t.currency,"
                + " SUM(t.purchaseAmount), SUM(t.cashbackAmount), MAX(t.createdAt))"
                + " FROM CashbackTransaction t GROUP BY t.userId, t.currency"
                + " ORDER BY SUM(t.cashbackAmount) DESC",
            LearnerSummary.class)
        .getResultList();
  }
}
