package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.payout.Payout;
import dev.cashback.plugin.domain.payout.PayoutMethod;
import dev.cashback.plugin.domain.payout.PayoutRepository;
import dev.cashback.plugin.domain.payout.PayoutStatus;
import dev.cashback.plugin.infrastructure.persistence.FilteredQuery.Field;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPayoutRepository implements PayoutRepository {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Override
  public List<PayoutMethod> methods() {
    return em.createQuery("SELECT m FROM PayoutMethod m ORDER BY m.name", PayoutMethod.class)
        .getResultList();
  }

  @Override
  public List<PayoutMethod> enabledMethods() {
    return em.createQuery(
            "SELECT m FROM PayoutMethod m WHERE m.enabled = TRUE ORDER BY m.name",
            PayoutMethod.class)
        .getResultList();
  }

  @Override
  public Optional<PayoutMethod> method(long id) {
    return Optional.ofNullable(em.find(PayoutMethod.class, id));
  }

  @Override
  public void add(PayoutMethod method) {
    em.persist(method);
  }

  @Override
  public void add(Payout payout) {
    em.persist(payout);
  }

  @Override
  public Optional<Payout> find(long id) {
    return Optional.ofNullable(em.find(Payout.class, id));
  }

  @Override
  public Optional<Payout> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Payout.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Payout> search(PayoutStatus status, String userId, int first, int max) {
    return FilteredQuery.over(em, "Payout p", null)
        .where(Field.jpql("p.status"), "=", status)
        .startsWith(userId, Field.jpql("p.userId"))
        .page(Payout.class, "p.requestedAt DESC, p.id DESC", first, max);
  }

  @Override
  public List<Payout> ofUser(String userId) {
    return em.createQuery(
            "SELECT p FROM Payout p WHERE p.userId = :user ORDER BY p.requestedAt DESC, p.id DESC",
            Payout.class)
        .setParameter("user", userId)
        .getResultList();
  }
}
