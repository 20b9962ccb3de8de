package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.intake.RefusedEvent;
import dev.cashback.plugin.domain.intake.RefusedEventRepository;
import dev.cashback.plugin.infrastructure.persistence.FilteredQuery.Field;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Refused host events and postbacks in {@code cb_refused_event}. */
@ApplicationScoped
public class JpaRefusedEventRepository implements RefusedEventRepository {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Override
  public void add(RefusedEvent event) {
    em.persist(event);
  }

  @Override
  public List<RefusedEvent> search(RefusedEvent.Kind kind, String text, int first, int max) {
    return query(kind, text).page(RefusedEvent.class, "e.refusedAt DESC, e.id DESC", first, max);
  }

  @Override
  public long count(RefusedEvent.Kind kind, String text) {
    return query(kind, text).count();
  }

  private FilteredQuery query(RefusedEvent.Kind kind, String text) {
    return FilteredQuery.over(em, "RefusedEvent e", null)
        .where(Field.jpql("e.kind"), "=", kind)
        .startsWith(
            text == null || text.isBlank() ? null : text.strip(),
            Field.jpql("e.eventId"),
            Field.jpql("e.purchaseId"),
            Field.jpql("e.userId"),
            Field.jpql("e.clickId"));
  }
}
