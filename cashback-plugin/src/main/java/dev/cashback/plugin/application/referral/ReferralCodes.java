package dev.cashback.plugin.application.referral;

import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.domain.referral.ReferralCode;
import dev.cashback.plugin.domain.referral.ReferralRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

  @Inject ReferralRepository referrals;
  @Inject TimeSource clock;
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
    return referrals.codeOf(userId);
  }

  /** The owner of {@code typed}, case and spaces aside. */
  Optional<String> ownerOf(String typed) {
    return referrals.ownerOfCode(ReferralCode.normalise(typed));
  }

  /** Locks the code's row for the rest of the transaction (nothing when there is no such code). */
  void lockCode(String typed) {
    referrals.lockCode(ReferralCode.normalise(typed));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void create(String userId) {
    referrals.add(ReferralCode.newFor(userId, clock.now()));
  }
}
