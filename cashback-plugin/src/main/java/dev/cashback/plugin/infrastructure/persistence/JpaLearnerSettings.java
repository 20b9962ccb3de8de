package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.accrual.LearnerSetting;
import dev.cashback.plugin.domain.accrual.LearnerSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaLearnerSettings implements LearnerSettings {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Override
  public boolean isDisabled(String userId) {
    return find(userId).map(LearnerSetting::isDisabled).orElse(false);
  }

  @Override
  public Set<String> disabledAmong(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "SELECT s.userId FROM LearnerSetting s WHERE s.disabled = TRUE AND s.userId IN :ids",
                String.class)
            .setParameter("ids", List.copyOf(userIds))
            .getResultList());
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
