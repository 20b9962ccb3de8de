package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.donation.DonationChoice;
import dev.cashback.plugin.domain.donation.DonationChoiceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaDonationChoiceRepository implements DonationChoiceRepository {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Override
  public Optional<DonationChoice> of(String userId) {
    return Optional.ofNullable(em.find(DonationChoice.class, userId));
  }

  @Override
  public void add(DonationChoice choice) {
    em.persist(choice);
  }
}
