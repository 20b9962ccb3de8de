package dev.cashback.plugin.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Consumer;

/**
 * An admin's filtered list read one page at a time, and its count, from one WHERE clause and its
 * parameters.
 *
 * @param from the entity and its alias, e.g. {@code "Referral r"}
 * @param where conditions, each starting with {@code " AND "}; empty for all
 * @param bind sets the parameters {@code where} names
 */
record FilteredQuery(EntityManager em, String from, String where, Consumer<TypedQuery<?>> bind) {

  <T> List<T> page(Class<T> type, String orderBy, int first, int max) {
    TypedQuery<T> query =
        em.createQuery(
            "SELECT " + alias() + " FROM " + from + " WHERE 1 = 1" + where + " ORDER BY " + orderBy,
            type);
    bind.accept(query);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  long count() {
    TypedQuery<Long> query =
        em.createQuery(
            "SELECT COUNT(" + alias() + ") FROM " + from + " WHERE 1 = 1" + where, Long.class);
    bind.accept(query);
    return query.getSingleResult();
  }

  private String alias() {
    return from.substring(from.lastIndexOf(' ') + 1);
  }
}
