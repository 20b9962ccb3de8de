package dev.cashback.plugin.application.referral;

import dev.cashback.plugin.domain.referral.ReferralCode;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Gives each user one code. A new code is stored in a transaction of its own: when two requests
 * race to create the same user's code, or a random code is already taken, that one transaction
 * fails and the caller reads again or tries another code, without spoiling its own transaction.
 */
@ApplicationScoped
public class ReferralCodes {

  private static final int TRIES = 5;

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Inject CashbackClock clock;
  @Inject ReferralCodes self;

  String codeOf(String userId) {
    RuntimeException lastFailure = null;
    for (int i = 0; i < TRIES; i++) {
      Optional<String> existing = find(userId);
      if (existing.isPresent()) {
        return existing.get();
      }
      try {
        self.create(userId);
      } catch (RuntimeException raced) {
        // someone else created this user's code, or the random code was taken: read again
        lastFailure = raced;
      }
    }
    RuntimeException cause = lastFailure;
    return find(userId)
        .orElseThrow(() -> new IllegalStateException("No referral code could be created.", cause));
  }

  Optional<String> find(String userId) {
    return Optional.ofNullable(em.find(ReferralCode.class, userId)).map(ReferralCode::getCode);
  }

  /** The owner of {@code typed}, case and spaces aside. */
  Optional<String> ownerOf(String typed) {
    return em
        .createQuery("SELECT c.userId FROM ReferralCode c WHERE c.code = :code", String.class)
        .setParameter("code", ReferralCode.normalise(typed))
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Locks the code's row for the rest of the transaction (nothing when there is no such code). */
  void lockCode(String typed) {
    em.createQuery("SELECT c FROM ReferralCode c WHERE c.code = :code", ReferralCode.class)
        .setParameter("code", ReferralCode.normalise(typed))
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void create(String userId) {
    em.persist(ReferralCode.newFor(userId, clock.now()));
    em.flush();
  }
}
