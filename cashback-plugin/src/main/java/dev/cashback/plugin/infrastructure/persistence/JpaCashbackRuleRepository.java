package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.CashbackRuleRepository;
import dev.cashback.plugin.domain.rule.RuleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaCashbackRuleRepository implements CashbackRuleRepository {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Override
  public List<CashbackRule> findActive() {
    return em.createQuery(
            "SELECT r FROM CashbackRule r WHERE r.status = :status ORDER BY r.id",
            CashbackRule.class)
        .setParameter("status", RuleStatus.ACTIVE)
        .getResultList();
  }

  @Override
  public List<CashbackRule> findAll() {
    return em.createQuery("SELECT r FROM CashbackRule r ORDER BY r.id DESC", CashbackRule.class)
        .getResultList();
  }

  @Override
  public void add(CashbackRule rule) {
    em.persist(rule);
  }
}
