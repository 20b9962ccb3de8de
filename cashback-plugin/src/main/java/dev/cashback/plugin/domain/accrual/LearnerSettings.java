package dev.cashback.plugin.domain.accrual;

import java.util.Optional;

/** Where learner settings are kept. */
public interface LearnerSettings {

  boolean isDisabled(String userId);

  Optional<LearnerSetting> find(String userId);

  void save(LearnerSetting setting);
}
