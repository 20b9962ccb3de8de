package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.CashbackRuleRepository;
import dev.cashback.plugin.domain.rule.RuleIndex;
import dev.cashback.plugin.domain.rule.RuleStatus;
import dev.cashback.plugin.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * Rules, with the active ones cached on each node. The cache is checked against a generation
 * counter that every rule change bumps: one single-row read per transaction instead of loading
 * every rule, and a change on any node is seen by all. A transaction keeps the rules it read first,
 * so a batch of grants locks the budgets of, and grants by, one and the same set of rules.
 */
@ApplicationScoped
public class JpaCashbackRuleRepository implements CashbackRuleRepository {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  /** The key of the rules a transaction has read, among its resources. */
  private static final String RULES_OF_THE_TRANSACTION = ActiveRules.class.getName();

  /** Noted by a transaction that changed the rules itself. */
  private static final String RULES_CHANGED_HERE = RULES_OF_THE_TRANSACTION + ".changed";

  @Inject TransactionResources transaction;

  private volatile ActiveRules cache = new ActiveRules(-1, new RuleIndex(List.of()));

  private record ActiveRules(long generation, RuleIndex rules) {}

  @Override
  public RuleIndex findActive() {
    return transaction.keep(RULES_OF_THE_TRANSACTION, RuleIndex.class, this::activeNow);
  }

  private RuleIndex activeNow() {
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
      if (!transaction.noted(RULES_CHANGED_HERE)) {
        // Rules read after the transaction's own change are its own until it commits: rolled
        // back, its generation number is taken again by the next change that commits, and the
        // cache would take these rules for that change's.
        cache = current;
      }
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
    transaction.note(RULES_CHANGED_HERE);
    transaction.readAgain(RULES_OF_THE_TRANSACTION);
  }

  @Override
  public List<CashbackRule> findAll() {
    return withBudgetUse(
        em.createQuery("SELECT r FROM CashbackRule r ORDER BY r.id DESC", CashbackRule.class)
            .getResultList());
  }

  @Override
  public Optional<CashbackRule> find(long id) {
    return Optional.ofNullable(em.find(CashbackRule.class, id))
        .map(rule -> withBudgetUse(List.of(rule)).get(0));
  }

  @Override
  public void add(CashbackRule rule) {
    em.persist(rule);
  }

  @Override
  public void remove(CashbackRule rule) {
    em.createNativeQuery("DELETE FROM cb_rule_budget_use WHERE rule_id = ?")
        .setParameter(1, rule.getId())
        .executeUpdate();
    em.remove(em.contains(rule) ? rule : em.merge(rule));
  }

  @Override
  public void lockBudgets(SortedSet<Long> ruleIds) {
    // One statement per row: the lock order is the set's, whatever plan the database picks.
    for (Long id : ruleIds) {
      em.createNativeQuery("SELECT id FROM cb_rule WHERE id = ? FOR UPDATE")
          .setParameter(1, id)
          .getResultList();
    }
  }

  /**
   * Under the rule's row lock, reads the budget of the grant's currency as it is now (the cached
   * rule may be older) with what it granted, and takes what fits.
   */
  @Override
  @SuppressWarnings("unchecked")
  public Money reserveBudget(CashbackRule rule, Money wanted) {
    String currency = wanted.currencyCode();
    if (rule.budget(currency).isEmpty()) {
      return wanted;
    }
    lockBudgets(new java.util.TreeSet<>(List.of(rule.getId())));
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT m.budget, COALESCE(u.granted, 0) FROM cb_rule_money m"
                    + " LEFT JOIN cb_rule_budget_use u"
                    + " ON u.rule_id = m.rule_id AND u.currency = m.currency"
                    + " WHERE m.rule_id = ? AND m.currency = ? AND m.budget IS NOT NULL")
            .setParameter(1, rule.getId())
            .setParameter(2, currency)
            .getResultList();
    if (rows.isEmpty()) {
      return wanted; // the budget was removed since the rules were cached
    }
    BigDecimal budget = (BigDecimal) rows.get(0)[0];
    BigDecimal granted = (BigDecimal) rows.get(0)[1];
    Money left = Money.of(budget.subtract(granted), wanted.currency());
    Money taken = left.isPositive() ? wanted.min(left) : Money.zero(wanted.currency());
    if (taken.isPositive()) {
      int updated =
          em.createNativeQuery(
                  "UPDATE cb_rule_budget_use SET granted = granted + ?"
                      + " WHERE rule_id = ? AND currency = ?")
              .setParameter(1, taken.amount())
              .setParameter(2, rule.getId())
              .setParameter(3, currency)
              .executeUpdate();
      if (updated == 0) {
        // The rule's row lock serialises every first grant of a currency: no other insert races.
        em.createNativeQuery(
                "INSERT INTO cb_rule_budget_use (rule_id, currency, granted) VALUES (?, ?, ?)")
            .setParameter(1, rule.getId())
            .setParameter(2, currency)
            .setParameter(3, taken.amount())
            .executeUpdate();
      }
    }
    return taken;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Set<Long> spentBudgets(String currency) {
    List<Number> ids =
        em.createNativeQuery(
                "SELECT m.rule_id FROM cb_rule_money m JOIN cb_rule_budget_use u"
                    + " ON u.rule_id = m.rule_id AND u.currency = m.currency"
                    + " WHERE m.currency = ? AND m.budget IS NOT NULL AND u.granted >= m.budget")
            .setParameter(1, currency)
            .getResultList();
    return ids.stream().map(Number::longValue).collect(java.util.stream.Collectors.toSet());
  }

  @Override
  public void releaseBudget(long ruleId, Money amount) {
    em.createNativeQuery(
            "UPDATE cb_rule_budget_use SET granted = granted - ?"
                + " WHERE rule_id = ? AND currency = ?")
        .setParameter(1, amount.amount())
        .setParameter(2, ruleId)
        .setParameter(3, amount.currencyCode())
        .executeUpdate();
  }

  /** Shows each rule what its budgets granted so far. */
  @SuppressWarnings("unchecked")
  private <T extends Collection<CashbackRule>> T withBudgetUse(T rules) {
    if (rules.isEmpty()) {
      return rules;
    }
    Map<Long, Map<String, BigDecimal>> use = new HashMap<>();
    List<Object[]> rows =
        em.createNativeQuery("SELECT rule_id, currency, granted FROM cb_rule_budget_use")
            .getResultList();
    for (Object[] row : rows) {
      use.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>())
          .put((String) row[1], (BigDecimal) row[2]);
    }
    rules.forEach(rule -> rule.showBudgetUse(use.getOrDefault(rule.getId(), Map.of())));
    return rules;
  }
}
