package dev.cashback.plugin.domain.rule;

/**
 * How rules combine on one purchase. {@link #BEST}: each item earns from its most generous per-item
 * rule, unless one per-order rule grants more than those together; ties go to the higher priority.
 * {@link #STACK}: every matching rule grants, in priority order.
 */
public enum StackingPolicy {
  BEST,
  STACK
}
