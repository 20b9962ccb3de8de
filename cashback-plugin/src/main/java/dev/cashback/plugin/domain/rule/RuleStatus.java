package dev.cashback.plugin.domain.rule;

/** Only active rules grant cashback. */
public enum RuleStatus {
  ACTIVE,
  INACTIVE
}
