package dev.cashback.plugin.domain.rule;

/** Whom a rule rewards: everybody, members of chosen host groups, or chosen users. */
public enum UserType {
  ALL,
  GROUPS,
  USERS
}
