package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.referral.Referral;
import dev.cashback.plugin.domain.referral.ReferralFilter;
import dev.cashback.plugin.domain.referral.ReferralRepository;
import dev.cashback.plugin.infrastructure.persistence.FilteredQuery.Field;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Override
  public List<Referral> search(ReferralFilter filter, int first, int max) {
    return query(filter).page(Referral.class, "r.joinedAt DESC, r.refereeId", first, max);
  }

  @Override
  public long count(ReferralFilter filter) {
    return query(filter).count();
  }

  @Override
  public List<Referral> referredBy(String referrerId, int max) {
    return em.createQuery(
            "SELECT r FROM Referral r WHERE r.referrerId = :referrer"
                + " ORDER BY r.joinedAt DESC, r.refereeId",
            Referral.class)
        .setParameter("referrer", referrerId)
        .setMaxResults(max)
        .getResultList();
  }

  /** The user matches the referee or the referrer. */
  private FilteredQuery query(ReferralFilter filter) {
    return FilteredQuery.over(em, "Referral r", null)
        .where(Field.jpql("r.status"), "=", filter.status())
        .startsWith(filter.userPrefix(), Field.jpql("r.refereeId"), Field.jpql("r.referrerId"));
  }
}
