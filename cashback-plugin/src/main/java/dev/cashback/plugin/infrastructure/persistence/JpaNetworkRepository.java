package dev.cashback.plugin.infrastructure.persistence;

import dev.cashback.plugin.domain.network.AffiliateNetwork;
import dev.cashback.plugin.domain.network.ClaimFilter;
import dev.cashback.plugin.domain.network.Click;
import dev.cashback.plugin.domain.network.MissingCashbackClaim;
import dev.cashback.plugin.domain.network.NetworkRepository;
import dev.cashback.plugin.infrastructure.persistence.FilteredQuery.Field;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaNetworkRepository implements NetworkRepository {

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Override
  public List<AffiliateNetwork> networks() {
    return em.createQuery(
            "SELECT n FROM AffiliateNetwork n ORDER BY n.name", AffiliateNetwork.class)
        .getResultList();
  }

  @Override
  public Optional<AffiliateNetwork> network(long id) {
    return Optional.ofNullable(em.find(AffiliateNetwork.class, id));
  }

  @Override
  public Optional<AffiliateNetwork> byCode(String code) {
    return em.createQuery(
            "SELECT n FROM AffiliateNetwork n WHERE n.code = :code", AffiliateNetwork.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(AffiliateNetwork network) {
    em.persist(network);
  }

  @Override
  public void add(Click click) {
    em.persist(click);
  }

  @Override
  public Optional<Click> click(String clickId) {
    return Optional.ofNullable(em.find(Click.class, clickId));
  }

  @Override
  public Optional<Click> clickForUpdate(String clickId) {
    return Optional.ofNullable(em.find(Click.class, clickId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Click> clicks(String userPrefix, String storeId, int first, int max) {
    return FilteredQuery.over(em, "Click c", null)
        .startsWith(userPrefix, Field.jpql("c.userId"))
        .where(Field.jpql("c.storeId"), "=", storeId)
        .page(Click.class, "c.clickedAt DESC", first, max);
  }

  @Override
  public List<Click> clicksOf(String userId, int max) {
    return em.createQuery(
            "SELECT c FROM Click c WHERE c.userId = :user ORDER BY c.clickedAt DESC", Click.class)
        .setParameter("user", userId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Set<String> convertedClicks(Collection<String> clickIds) {
    if (clickIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT t.clickId FROM CashbackTransaction t WHERE t.clickId IN :clicks",
                String.class)
            .setParameter("clicks", clickIds)
            .getResultList());
  }

  @Override
  public void add(MissingCashbackClaim claim) {
    em.persist(claim);
  }

  @Override
  public Optional<MissingCashbackClaim> claim(long id) {
    return Optional.ofNullable(em.find(MissingCashbackClaim.class, id));
  }

  @Override
  public Optional<MissingCashbackClaim> claimForUpdate(long id) {
    return Optional.ofNullable(
        em.find(
            MissingCashbackClaim.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<MissingCashbackClaim> claimOfClick(String clickId) {
    return em.createQuery(
            "SELECT c FROM MissingCashbackClaim c WHERE c.clickId = :click",
            MissingCashbackClaim.class)
        .setParameter("click", clickId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<MissingCashbackClaim> claims(Long networkId, String userId, int max) {
    String where =
        (networkId == null ? "" : " AND c.networkId = :network")
            + (userId == null ? "" : " AND c.userId = :user");
    TypedQuery<MissingCashbackClaim> query =
        em.createQuery(
            "SELECT c FROM MissingCashbackClaim c WHERE 1 = 1"
                + where
                + " ORDER BY c.createdAt DESC",
            MissingCashbackClaim.class);
    if (networkId != null) {
      query.setParameter("network", networkId);
    }
    if (userId != null) {
      query.setParameter("user", userId);
    }
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public List<MissingCashbackClaim> claimsOfClicks(Collection<String> clickIds) {
    if (clickIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT c FROM MissingCashbackClaim c WHERE c.clickId IN :clicks",
            MissingCashbackClaim.class)
        .setParameter("clicks", clickIds)
        .getResultList();
  }

  @Override
  public List<MissingCashbackClaim> searchClaims(ClaimFilter filter, int first, int max) {
    return claims(filter)
        .page(MissingCashbackClaim.class, "c.createdAt DESC, c.id DESC", first, max);
  }

  @Override
  public long countClaims(ClaimFilter filter) {
    return claims(filter).count();
  }

  private FilteredQuery claims(ClaimFilter filter) {
    return FilteredQuery.over(em, "MissingCashbackClaim c", null)
        .where(Field.jpql("c.networkId"), "=", filter.networkId())
        .where(Field.jpql("c.status"), "=", filter.status())
        .startsWith(filter.userPrefix(), Field.jpql("c.userId"));
  }
}
