package dev.cashback.plugin.domain.accrual;

import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.RuleIndex;
import dev.cashback.plugin.domain.rule.StackingPolicy;
import dev.cashback.plugin.domain.shared.Allocation;
import dev.cashback.plugin.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Applies rules to a purchase. Each rule in force for the buyer is first evaluated on its own: its
 * matching lines form the eligible subtotal, which must reach the rule's minimum in the purchase's
 * currency (a rule that names currencies grants only on purchases in one of them); per-item rules
 * grant on each matching line (fixed amounts times the quantity, never more than the line paid),
 * per-order rules once on the subtotal; a percentage rule's maximum per order bounds its total.
 * Amounts are computed at full precision and rounded down once per grant. The stacking policy then
 * decides which of these grants stand. Caps and budgets, which need the database, are applied
 * afterwards by the caller, in {@link CashbackRule#PRIORITY_ORDER}. This runs for every purchase
 * over every rule that can match it (a hundred on a course in the ten-thousand-rule benchmark), so
 * its loops allocate little: no streams, no copies of the candidate lists.
 */
public class AccrualCalculator {

  /**
   * Applies the indexed rules that can match the purchase's items, leaving out those that may not
   * grant any more (a spent budget): a rule that has stopped makes way for the next best one.
   */
  public List<Accrual> accrue(
      PurchaseFacts purchase,
      RuleIndex index,
      StackingPolicy policy,
      Predicate<CashbackRule> stopped) {
    return accrueInOrder(purchase, candidates(purchase, index), stopped, policy);
  }

  /**
   * Ids of the budgeted rules a grant on this purchase may draw on, ascending: every rule {@link
   * #accrue} could choose, and perhaps a few it will not.
   */
  public SortedSet<Long> budgetedRulesFor(PurchaseFacts purchase, RuleIndex index) {
    SortedSet<Long> ids = new TreeSet<>();
    for (CashbackRule rule : candidates(purchase, index)) {
      if (rule.budget(purchase.currency()).isPresent()) {
        ids.add(rule.getId());
      }
    }
    return ids;
  }

  /** The rules that can match any of the purchase's lines, each once, in priority order. */
  private static List<CashbackRule> candidates(PurchaseFacts purchase, RuleIndex index) {
    List<CashbackRule> first = List.of();
    Set<CashbackRule> union = null; // only when a second line brings rules of its own
    for (PurchaseLine line : purchase.lines()) {
      List<CashbackRule> found =
          index.candidatesFor(
              line.itemType(), line.targetId(), line.categoryId(), line.instructorId());
      if (found.isEmpty() || found == first) {
        continue;
      }
      if (first.isEmpty()) {
        first = found;
      } else {
        if (union == null) {
          union = new LinkedHashSet<>(first);
        }
        union.addAll(found);
      }
    }
    if (union == null) {
      return first;
    }
    List<CashbackRule> merged = new ArrayList<>(union);
    merged.sort(CashbackRule.PRIORITY_ORDER);
    return merged;
  }

  /** Applies these rules, in any order, to the purchase. */
  public List<Accrual> accrue(
      PurchaseFacts purchase, List<CashbackRule> rules, StackingPolicy policy) {
    List<CashbackRule> ordered = new ArrayList<>(rules);
    ordered.sort(CashbackRule.PRIORITY_ORDER);
    return accrueInOrder(purchase, ordered, rule -> false, policy);
  }

  private List<Accrual> accrueInOrder(
      PurchaseFacts purchase,
      List<CashbackRule> inPriorityOrder,
      Predicate<CashbackRule> stopped,
      StackingPolicy policy) {
    List<List<Accrual>> byRule = new ArrayList<>();
    for (CashbackRule rule : inPriorityOrder) {
      if (rule.isInForceAt(purchase.occurredAt())
          && rule.rewards(purchase.userId(), purchase.userGroups())
          && rule.grantsIn(purchase.currency())
          && !stopped.test(rule)) {
        List<Accrual> grants = grantsOf(rule, purchase);
        if (!grants.isEmpty()) {
          byRule.add(grants);
        }
      }
    }
    List<Accrual> chosen = policy == StackingPolicy.STACK ? all(byRule) : bestSingle(byRule);
    List<Accrual> positive = new ArrayList<>(chosen.size());
    for (Accrual grant : chosen) {
      if (grant.cashback().isPositive()) {
        positive.add(grant);
      }
    }
    return positive;
  }

  private static List<Accrual> all(List<List<Accrual>> byRule) {
    List<Accrual> all = new ArrayList<>();
    byRule.forEach(all::addAll);
    return all;
  }

  /** Each line's most generous per-item grant, unless one per-order grant beats their sum. */
  private static List<Accrual> bestSingle(List<List<Accrual>> byRule) {
    Map<Integer, Accrual> bestPerLine = new LinkedHashMap<>();
    Accrual bestOrder = null;
    for (List<Accrual> grants : byRule) {
      for (Accrual grant : grants) {
        if (grant.line() == null) {
          bestOrder = better(bestOrder, grant);
        } else {
          bestPerLine.merge(grant.line().lineNo(), grant, AccrualCalculator::better);
        }
      }
    }
    List<Accrual> perItem = new ArrayList<>(bestPerLine.values());
    Optional<Money> perItemTotal = perItem.stream().map(Accrual::cashback).reduce(Money::plus);
    if (bestOrder != null
        && (perItemTotal.isEmpty() || bestOrder.cashback().compareTo(perItemTotal.get()) > 0)) {
      return List.of(bestOrder);
    }
    return perItem;
  }

  /** The larger grant; on a tie the first one, which came from the higher-priority rule. */
  private static Accrual better(Accrual current, Accrual candidate) {
    if (current == null) {
      return candidate;
    }
    return candidate.cashback().compareTo(current.cashback()) > 0 ? candidate : current;
  }

  private List<Accrual> grantsOf(CashbackRule rule, PurchaseFacts purchase) {
    List<PurchaseLine> matching = new ArrayList<>(purchase.lines().size());
    Money subtotal = null;
    for (PurchaseLine line : purchase.lines()) {
      if (rule.targets(line.itemType(), line.targetId(), line.categoryId(), line.instructorId())) {
        matching.add(line);
        subtotal = subtotal == null ? line.paid() : subtotal.plus(line.paid());
      }
    }
    if (subtotal == null) {
      return List.of();
    }
    if (!rule.minimumMetBy(subtotal)) {
      return List.of();
    }
    List<Accrual> grants = new ArrayList<>();
    if (rule.isPerItem()) {
      for (PurchaseLine line : matching) {
        grants.add(
            new Accrual(line, rule, line.paid(), cashbackOn(rule, line.paid(), line.quantity())));
      }
    } else {
      grants.add(new Accrual(null, rule, subtotal, cashbackOn(rule, subtotal, 1)));
    }
    Optional<Money> max = rule.maxPerOrder(purchase.currency());
    return max.isPresent() ? limited(grants, max.get()) : grants;
  }

  /** The same grants, shrunk together to stay within {@code limit}. */
  public static List<Accrual> limited(List<Accrual> grants, Money limit) {
    List<Money> amounts =
        Allocation.withinLimit(grants.stream().map(Accrual::cashback).toList(), limit);
    List<Accrual> result = new ArrayList<>(grants.size());
    for (int i = 0; i < grants.size(); i++) {
      result.add(grants.get(i).withCashback(amounts.get(i)));
    }
    return result;
  }

  private static Money cashbackOn(CashbackRule rule, Money base, int quantity) {
    Money raw =
        rule.getAmountType() == AmountType.PERCENTAGE
            ? base.percent(rule.getAmount())
            : rule.fixedAmount(base.currencyCode())
                .orElseThrow()
                .times(BigDecimal.valueOf(quantity));
    // A cashback never exceeds what was paid for the line or order.
    return raw.min(base).roundDownToMinorUnit();
  }
}
