package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.CashbackRuleRepository;
import dev.cashback.plugin.domain.rule.RuleIndex;
import dev.cashback.plugin.domain.rule.RuleStatus;
import dev.cashback.plugin.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * Rules, with the active ones cached on each node. The cache is checked against a generation
 * counter that every rule change bumps: one single-row read per purchase instead of loading every
 * rule, and a change on any node is seen by all.
 */
@ApplicationScoped
public class JpaCashbackRuleRepository implements CashbackRuleRepository {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  private volatile ActiveRules cache = new ActiveRules(-1, new RuleIndex(List.of()));

  private record ActiveRules(long generation, RuleIndex rules) {}

  @Override
  public RuleIndex findActive() {
    long generation = generation();
    ActiveRules current = cache;
    if (current.generation() != generation) {
      List<CashbackRule> rules =
          em.createQuery(
                  "SELECT r FROM CashbackRule r WHERE r.status = :status ORDER BY r.id",
                  CashbackRule.class)
              .setParameter("status", RuleStatus.ACTIVE)
              .getResultList();
      rules.forEach(em::detach);
      current = new ActiveRules(generation, new RuleIndex(rules));
      cache = current;
    }
    return current.rules();
  }

  private long generation() {
    return ((Number)
            em.createNativeQuery("SELECT generation FROM cb_rule_generation WHERE id = 1")
                .getSingleResult())
        .longValue();
  }

  @Override
  public void changed() {
    em.createNativeQuery("UPDATE cb_rule_generation SET generation = generation + 1 WHERE id = 1")
        .executeUpdate();
  }

  @Override
  public List<CashbackRule> findAll() {
    return em.createQuery("SELECT r FROM CashbackRule r ORDER BY r.id DESC", CashbackRule.class)
        .getResultList();
  }

  @Override
  public Optional<CashbackRule> find(long id) {
    return Optional.ofNullable(em.find(CashbackRule.class, id));
  }

  @Override
  public void add(CashbackRule rule) {
    em.persist(rule);
  }

  @Override
  public void remove(CashbackRule rule) {
    em.remove(em.contains(rule) ? rule : em.merge(rule));
  }

  @Override
  public void lockBudgets(SortedSet<Long> ruleIds) {
    // One statement per row: the lock order is the set's, whatever plan the database picks.
    for (Long id : ruleIds) {
      em.createNativeQuery("SELECT id FROM cb_rule WHERE id = ? AND budget IS NOT NULL FOR UPDATE")
          .setParameter(1, id)
          .getResultList();
    }
  }

  @Override
  public Money reserveBudget(CashbackRule rule, Money wanted) {
    if (rule.getBudget() == null) {
      return wanted;
    }
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT budget, budget_granted FROM cb_rule WHERE id = ? FOR UPDATE")
                .setParameter(1, rule.getId())
                .getSingleResult();
    Money left = Money.of(((BigDecimal) row[0]).subtract((BigDecimal) row[1]), wanted.currency());
    Money taken = left.isPositive() ? wanted.min(left) : Money.zero(wanted.currency());
    if (taken.isPositive()) {
      em.createNativeQuery("UPDATE cb_rule SET budget_granted = budget_granted + ? WHERE id = ?")
          .setParameter(1, taken.amount())
          .setParameter(2, rule.getId())
          .executeUpdate();
    }
    return taken;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Set<Long> spentBudgets() {
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM cb_rule WHERE budget IS NOT NULL AND budget_granted >= budget")
            .getResultList();
    return ids.stream().map(Number::longValue).collect(java.util.stream.Collectors.toSet());
  }

  @Override
  public void releaseBudget(long ruleId, Money amount) {
    em.createNativeQuery(
            "UPDATE cb_rule SET budget_granted = budget_granted - ? WHERE id = ? AND budget IS NOT NULL")
        .setParameter(1, amount.amount())
        .setParameter(2, ruleId)
        .executeUpdate();
  }
}
