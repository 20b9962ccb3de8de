package dev.cashback.plugin.domain.rule;

import java.util.List;

/** Where rules are kept. */
public interface CashbackRuleRepository {

  /** Active rules; whether each is inside its window is for the caller to check. */
  List<CashbackRule> findActive();

  List<CashbackRule> findAll();

  void add(CashbackRule rule);
}
