package dev.cashback.plugin.domain.accrual;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Where learners' cashback switches are kept. */
public interface CashbackSwitchRepository {

  boolean isDisabled(String userId);

  /** Which of these learners are disabled, in one query. */
  Set<String> disabledAmong(Collection<String> userIds);

  Optional<CashbackSwitch> find(String userId);

  void save(CashbackSwitch setting);
}
