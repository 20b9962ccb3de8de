package dev.cashback.plugin.domain.rule;

import dev.cashback.plugin.domain.shared.Money;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/** Where rules are kept. */
public interface CashbackRuleRepository {

  /**
   * Active rules, as a read-only snapshot shared between threads; whether each is inside its window
   * is for the caller to check. Every node reloads it after any rule change.
   */
  RuleIndex findActive();

  List<CashbackRule> findAll();

  Optional<CashbackRule> find(long id);

  void add(CashbackRule rule);

  void remove(CashbackRule rule);

  /** Tells every node to reload its active rules. */
  void changed();

  /**
   * Locks the rows of these budgeted rules one by one in the set's order (ascending ids), for the
   * rest of the transaction. Work that draws on budgets takes them before any learner's wallet, so
   * every transaction takes rule rows and wallets in one global order and none can deadlock.
   */
  void lockBudgets(SortedSet<Long> ruleIds);

  /**
   * Takes up to {@code wanted} from the rule's budget in that currency (all of it without a budget)
   * and returns what was taken; serialised per budgeted rule, so a budget is never overspent.
   */
  Money reserveBudget(CashbackRule rule, Money wanted);

  /**
   * Ids of rules whose budget in this currency is spent, read now (the cached rules may be stale).
   */
  Set<Long> spentBudgets(String currency);

  /** Gives reversed cashback back to the rule's budget in the amount's currency. */
  void releaseBudget(long ruleId, Money amount);
}
