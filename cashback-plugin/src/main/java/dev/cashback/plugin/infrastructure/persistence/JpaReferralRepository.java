package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.referral.Referral;
import dev.cashback.plugin.domain.referral.ReferralCode;
import dev.cashback.plugin.domain.referral.ReferralFilter;
import dev.cashback.plugin.domain.referral.ReferralRepository;
import dev.cashback.plugin.domain.referral.ReferralStatus;
import dev.cashback.plugin.domain.referral.Signup;
import dev.cashback.plugin.infrastructure.persistence.FilteredQuery.Field;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

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

  @Override
  public Optional<Referral> referral(String refereeId) {
    return Optional.ofNullable(em.find(Referral.class, refereeId));
  }

  @Override
  public List<String> waitingReferees(int limit) {
    return em.createQuery(
            "SELECT r.refereeId FROM Referral r WHERE r.status = :waiting"
                + " ORDER BY r.checkedAt, r.refereeId",
            String.class)
        .setParameter("waiting", ReferralStatus.WAITING)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void markChecked(String refereeId, OffsetDateTime at) {
    em.createQuery("UPDATE Referral r SET r.checkedAt = :now WHERE r.refereeId = :referee")
        .setParameter("now", at)
        .setParameter("referee", refereeId)
        .executeUpdate();
  }

  @Override
  public void lockAndRefresh(Referral referral) {
    em.refresh(referral, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Optional<String> codeOf(String userId) {
    return Optional.ofNullable(em.find(ReferralCode.class, userId)).map(ReferralCode::getCode);
  }

  @Override
  public Optional<String> ownerOfCode(String code) {
    return em
        .createQuery("SELECT c.userId FROM ReferralCode c WHERE c.code = :code", String.class)
        .setParameter("code", code)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void lockCode(String code) {
    em.createQuery("SELECT c FROM ReferralCode c WHERE c.code = :code", ReferralCode.class)
        .setParameter("code", code)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public void add(ReferralCode code) {
    em.persist(code);
    em.flush();
  }

  @Override
  public Optional<Signup> signupOf(String userId) {
    return Optional.ofNullable(em.find(Signup.class, userId));
  }

  @Override
  public List<Signup> signupsReferredBy(String referrerId) {
    return em.createQuery(
            "SELECT s FROM Signup s WHERE s.userId IN"
                + " (SELECT r.refereeId FROM Referral r WHERE r.referrerId = :referrer)",
            Signup.class)
        .setParameter("referrer", referrerId)
        .getResultList();
  }

  @Override
  public void add(Signup signup) {
    em.persist(signup);
    em.flush();
  }

  @Override
  public void add(Referral referral) {
    em.persist(referral);
    em.flush();
  }

  /** The user matches the referee or the referrer. */
  private FilteredQuery query(ReferralFilter filter) {
    return FilteredQuery.over(em, "Referral r", null)
        .where(Field.jpql("r.status"), "=", filter.status())
        .startsWith(filter.userPrefix(), Field.jpql("r.refereeId"), Field.jpql("r.referrerId"));
  }
}
