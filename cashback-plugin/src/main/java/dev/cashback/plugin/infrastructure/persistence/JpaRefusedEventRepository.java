package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.intake.RefusedEvent;
import dev.cashback.plugin.domain.intake.RefusedEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
    boolean byText = text != null && !text.isBlank();
    String where =
        (kind == null ? "" : " AND e.kind = :kind")
            + (byText
                ? " AND (LOWER(e.eventId) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(e.purchaseId) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(e.userId) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(e.clickId) LIKE :text ESCAPE '\\')"
                : "");
    return new FilteredQuery(
        em,
        "RefusedEvent e",
        where,
        (TypedQuery<?> q) -> {
          if (kind != null) {
            q.setParameter("kind", kind);
          }
          if (byText) {
            q.setParameter("text", LikePatterns.startsWith(text.strip()));
          }
        });
  }
}
