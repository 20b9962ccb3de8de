package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.shared.AuditAction;
import dev.cashback.plugin.domain.shared.AuditEntry;
import dev.cashback.plugin.domain.shared.AuditLog;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaAuditLog implements AuditLog {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Inject CashbackClock clock;

  @Override
  public void record(
      String actor, AuditAction action, Object subjectId, String reason, String details) {
    em.persist(new AuditEntry(actor, action, subjectId, reason, details, clock.now()));
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
