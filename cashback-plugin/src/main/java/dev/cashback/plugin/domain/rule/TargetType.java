package dev.cashback.plugin.domain.rule;

/** What a rule applies to; every type but {@link #ALL} names its targets by host id. */
public enum TargetType {
  ALL,
  COURSE,
  CATEGORY,
  INSTRUCTOR,
  BUNDLE
}
