package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.accrual.CashbackSwitch;
import dev.cashback.plugin.domain.accrual.CashbackSwitchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaCashbackSwitchRepository implements CashbackSwitchRepository {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Override
  public boolean isDisabled(String userId) {
    return find(userId).map(CashbackSwitch::isDisabled).orElse(false);
  }

  @Override
  public Set<String> disabledAmong(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "SELECT s.userId FROM CashbackSwitch s WHERE s.disabled = TRUE AND s.userId IN :ids",
                String.class)
            .setParameter("ids", List.copyOf(userIds))
            .getResultList());
  }

  @Override
  public Optional<CashbackSwitch> find(String userId) {
    return Optional.ofNullable(em.find(CashbackSwitch.class, userId));
  }

  @Override
  public void save(CashbackSwitch setting) {
    if (em.find(CashbackSwitch.class, setting.getUserId()) == null) {
      em.persist(setting);
    } else {
      em.merge(setting);
    }
  }
}
