package dev.cashback.archfixture.plugin.application.alpha;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A use case with an entity manager of its own. */
public class QueriesDirectly {

  @PersistenceContext EntityManager em;

  public long count() {
    return (Long) em.createQuery("SELECT COUNT(x) FROM X x").getSingleResult();
  }
}
