package dev.cashback.sample.lms.service;

import dev.cashback.sample.lms.model.Purchase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class Purchases {

  @PersistenceContext(unitName = "lms")
  EntityManager em;

  public List<Purchase> of(String username) {
    return em.createQuery(
            "SELECT p FROM Purchase p WHERE p.buyer.username = :username ORDER BY p.purchasedAt DESC",
            Purchase.class)
        .setParameter("username", username)
        .getResultList();
  }

  public List<Purchase> all() {
    return em.createQuery("SELECT p FROM Purchase p ORDER BY p.purchasedAt DESC", Purchase.class)
        .setMaxResults(500)
        .getResultList();
  }

  /** A purchase, only if it belongs to {@code username}. */
  public Optional<Purchase> ownedBy(String purchaseId, String username) {
    return Optional.ofNullable(purchaseId)
        .map(id -> em.find(Purchase.class, id))
        .filter(p -> p.getBuyer().getUsername().equals(username));
  }
}
