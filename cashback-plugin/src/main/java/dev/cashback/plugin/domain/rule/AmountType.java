package dev.cashback.plugin.domain.rule;

/** How a rule's amount is read: a fixed sum of money, or a percentage of the base. */
public enum AmountType {
  FIXED,
  PERCENTAGE
}
