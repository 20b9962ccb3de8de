package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.referral.Referral;
import dev.cashback.plugin.domain.referral.ReferralFilter;
import dev.cashback.plugin.domain.referral.ReferralRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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

  private FilteredQuery query(ReferralFilter filter) {
    return new FilteredQuery(em, "Referral r", where(filter), q -> bind(q, filter));
  }

  /** The user matches the referee or the referrer. */
  private static String where(ReferralFilter filter) {
    return (filter.status() == null ? "" : " AND r.status = :status")
        + (filter.userPrefix() == null
            ? ""
            : " AND (LOWER(r.refereeId) LIKE :user ESCAPE '\\'"
                + " OR LOWER(r.referrerId) LIKE :user ESCAPE '\\')");
  }

  private static void bind(TypedQuery<?> query, ReferralFilter filter) {
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    if (filter.userPrefix() != null) {
      query.setParameter("user", LikePatterns.startsWith(filter.userPrefix()));
    }
  }
}
