package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.accrual.LearnerSetting;
import dev.cashback.plugin.domain.accrual.LearnerSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaLearnerSettings implements LearnerSettings {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Override
  public boolean isDisabled(String userId) {
    return find(userId).map(LearnerSetting::isDisabled).orElse(false);
  }

  @Override
  public Optional<LearnerSetting> find(String userId) {
    return Optional.ofNullable(em.find(LearnerSetting.class, userId));
  }

  @Override
  public void save(LearnerSetting setting) {
    if (em.find(LearnerSetting.class, setting.getUserId()) == null) {
      em.persist(setting);
    } else {
      em.merge(setting);
    }
  }
}
