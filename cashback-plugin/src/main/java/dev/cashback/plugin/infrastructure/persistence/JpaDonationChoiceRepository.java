package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.donation.DonationChoice;
import dev.cashback.plugin.domain.donation.DonationChoiceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaDonationChoiceRepository implements DonationChoiceRepository {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Override
  public Optional<DonationChoice> of(String userId) {
    return Optional.ofNullable(em.find(DonationChoice.class, userId));
  }

  @Override
  public Map<String, DonationChoice> ofAll(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT c FROM DonationChoice c WHERE c.userId IN :ids", DonationChoice.class)
        .setParameter("ids", List.copyOf(userIds))
        .getResultStream()
        .collect(Collectors.toMap(DonationChoice::getUserId, Function.identity()));
  }

  @Override
  public void add(DonationChoice choice) {
    em.persist(choice);
  }
}
