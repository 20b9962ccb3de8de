package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.shared.AuditEntry;
import dev.cashback.plugin.domain.shared.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaAuditLog implements AuditLog {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Override
  public void record(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<AuditEntry> about(String subject) {
    return em.createQuery(
            "SELECT a FROM AuditEntry a WHERE a.subject = :subject ORDER BY a.createdAt DESC, a.id DESC",
            AuditEntry.class)
        .setParameter("subject", subject)
        .getResultList();
  }
}
