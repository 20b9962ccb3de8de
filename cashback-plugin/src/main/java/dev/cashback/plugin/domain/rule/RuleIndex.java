package dev.cashback.plugin.domain.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Active rules indexed by what they target, so a purchase is checked against the few rules that can
 * match its items rather than against every rule: with ten thousand rules a purchase costs about
 * what it costs with ten. Each list is kept in {@link CashbackRule#PRIORITY_ORDER}, so an item's
 * candidates come out in the order they are applied without being sorted per purchase.
 */
public final class RuleIndex {

  private final List<CashbackRule> all;
  private final List<CashbackRule> everyPurchase;
  private final Map<String, List<CashbackRule>> byTarget;
  private final boolean budgets;

  public RuleIndex(List<CashbackRule> rules) {
    this.all = List.copyOf(rules);
    this.budgets = all.stream().anyMatch(CashbackRule::hasBudget);
    List<CashbackRule> inPriorityOrder = new ArrayList<>(all);
    inPriorityOrder.sort(CashbackRule.PRIORITY_ORDER);
    List<CashbackRule> untargeted = new ArrayList<>();
    Map<String, List<CashbackRule>> targeted = new HashMap<>();
    for (CashbackRule rule : inPriorityOrder) {
      if (rule.getTargetType() == TargetType.ALL) {
        untargeted.add(rule);
      } else {
        for (String id : rule.getTargetIds()) {
          targeted.computeIfAbsent(key(rule.getTargetType(), id), k -> new ArrayList<>()).add(rule);
        }
      }
    }
    // Read-only once, here: an item's candidates are then these very lists, handed out as they are.
    this.everyPurchase = Collections.unmodifiableList(untargeted);
    targeted.replaceAll((key, list) -> Collections.unmodifiableList(list));
    this.byTarget = targeted;
  }

  public List<CashbackRule> all() {
    return all;
  }

  /** Whether any active rule has a budget (only then is there a budget to look up). */
  public boolean hasBudgets() {
    return budgets; // asked on every purchase: found once, not once per rule per purchase
  }

  /**
   * The rules that can match an item with these ids, each once, in priority order. A rule has one
   * target type, and an item has one id of each type, so the lists looked up never share a rule.
   */
  public List<CashbackRule> candidatesFor(
      String itemType, String targetId, String categoryId, String instructorId) {
    List<List<CashbackRule>> found = new ArrayList<>(4);
    found.add(everyPurchase);
    if ("COURSE".equals(itemType)) {
      found.add(byTarget.getOrDefault(key(TargetType.COURSE, targetId), List.of()));
    }
    if ("BUNDLE".equals(itemType)) {
      found.add(byTarget.getOrDefault(key(TargetType.BUNDLE, targetId), List.of()));
    }
    if (categoryId != null) {
      found.add(byTarget.getOrDefault(key(TargetType.CATEGORY, categoryId), List.of()));
    }
    if (instructorId != null) {
      found.add(byTarget.getOrDefault(key(TargetType.INSTRUCTOR, instructorId), List.of()));
    }
    found.removeIf(List::isEmpty);
    if (found.size() == 1) {
      return found.get(0); // the usual case: no copy, no sort
    }
    List<CashbackRule> merged = new ArrayList<>();
    found.forEach(merged::addAll);
    merged.sort(CashbackRule.PRIORITY_ORDER);
    return merged;
  }

  private static String key(TargetType type, String id) {
    return type + "\u0000" + id;
  }
}
