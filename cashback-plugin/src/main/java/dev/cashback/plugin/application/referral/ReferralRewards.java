package dev.cashback.plugin.application.referral;

import dev.cashback.plugin.application.accrual.CashbackLifecycle;
import dev.cashback.plugin.application.accrual.StandaloneGrants;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.application.wallet.LearnerWallet;
import dev.cashback.plugin.domain.accrual.CashbackOrigin;
import dev.cashback.plugin.domain.accrual.CashbackSwitchRepository;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.accrual.PurchaseLine;
import dev.cashback.plugin.domain.referral.Referral;
import dev.cashback.plugin.domain.referral.ReferralRepository;
import dev.cashback.plugin.domain.referral.ReferralStatus;
import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Grants the referral bonuses: a waiting referral whose referee's confirmed purchases reached the
 * qualifying amount within the qualifying days gets the joining bonus (referee) and the referral
 * bonus (referrer), confirmed at once; one whose days passed first expires (once no purchase made
 * within them is still on hold). Each referral is settled in a transaction of its own with both
 * wallets locked (in the global order) before the referral row, so it is rewarded once however many
 * nodes look at it.
 */
@ApplicationScoped
public class ReferralRewards {

  /** The purchase key of a referee's bonuses: line 1 is theirs, line 2 the referrer's. */
  public static final String PURCHASE_PREFIX = "referral:";

  static final String ITEM_TYPE = "REFERRAL";

  private static final Logger LOG = Logger.getLogger(ReferralRewards.class.getName());

  @Inject ReferralRewards self;
  @Inject StandaloneGrants grants;
  @Inject CashbackLifecycle lifecycle;
  @Inject CashbackSwitchRepository learners;
  @Inject CashbackTransactionRepository transactions;
  @Inject ReferralRepository referrals;
  @Inject Ledger ledger;
  @Inject TimeSource clock;

  /** Looks at up to {@code limit} waiting referrals, the longest unchecked first. */
  public int settleDue(int limit) {
    int settled = 0;
    for (String referee : self.waiting(limit)) {
      try {
        settled += self.settle(referee) ? 1 : 0;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Settling the referral of " + referee + " failed; retried later", e);
      }
    }
    return settled;
  }

  /** Referees of waiting referrals, the longest unchecked first. */
  @Transactional
  public List<String> waiting(int limit) {
    return referrals.waitingReferees(limit);
  }

  /** Rewards or expires one referral when it is due; returns whether it did. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean settle(String refereeId) {
    Referral peek = referrals.referral(refereeId).orElse(null);
    if (peek == null || peek.getStatus() != ReferralStatus.WAITING) {
      return false;
    }
    OffsetDateTime now = clock.now();
    boolean qualifies = peek.qualifiesWith(confirmedPurchases(peek));
    // A purchase made within the days but still on hold may yet qualify the referee: wait for it.
    boolean undecided = !peek.isExpired(now) || pendingWithinDays(peek);
    if (!qualifies && undecided) {
      referrals.markChecked(refereeId, now);
      return false;
    }
    Stream.of(peek.getRefereeId(), peek.getReferrerId())
        .sorted()
        .forEach(user -> LearnerWallet.lock(ledger, user, peek.getCurrency()));
    referrals.lockAndRefresh(peek);
    if (peek.getStatus() != ReferralStatus.WAITING) {
      return false;
    }
    if (peek.qualifiesWith(confirmedPurchases(peek))) {
      bonus(peek, peek.getRefereeId(), 1, "Joining bonus", peek.joiningBonus());
      bonus(peek, peek.getReferrerId(), 2, "Referral bonus", peek.referrerBonus());
      peek.rewarded(now);
      return true;
    }
    // A refund may have landed between the first look and the locks: expire only when due.
    if (peek.isExpired(now) && !pendingWithinDays(peek)) {
      peek.expired(now);
      return true;
    }
    peek.checked(now);
    return false;
  }

  /**
   * The referee's confirmed purchases in the referral's currency from sign-up to the end of the
   * qualifying days, less what the host refunded of them (bonuses do not count).
   */
  public Money confirmedPurchases(Referral referral) {
    return transactions.keptConfirmedPurchases(
        referral.getRefereeId(),
        referral.getCurrency(),
        ITEM_TYPE,
        referral.getJoinedAt(),
        referral.getQualifyUntil());
  }

  /** Whether the referee has cashback on hold for a purchase made within the qualifying days. */
  private boolean pendingWithinDays(Referral referral) {
    return transactions.hasPendingPurchasedBetween(
        referral.getRefereeId(),
        referral.getCurrency(),
        referral.getJoinedAt(),
        referral.getQualifyUntil());
  }

  private void bonus(Referral referral, String userId, int lineNo, String title, Money amount) {
    if (!amount.isPositive() || learners.isDisabled(userId)) {
      return;
    }
    CashbackRule terms =
        new CashbackRule(title, AmountType.FIXED, amount.amount(), amount.currencyCode());
    PurchaseLine line =
        new PurchaseLine(
            lineNo,
            ITEM_TYPE,
            referral.getRefereeId(),
            title,
            null,
            null,
            null,
            1,
            referral.qualifyingAmount());
    CashbackTransaction tx =
        grants.grantPending(
            new StandaloneGrants.Grant(
                PURCHASE_PREFIX + referral.getRefereeId(),
                userId,
                nameOf(userId),
                line,
                CashbackOrigin.referralBonus(referral.getRefereeId()),
                terms,
                referral.qualifyingAmount(),
                amount,
                0,
                false,
                null));
    lifecycle.confirmNow(tx.getId());
  }

  /** The name the user's latest cashback was recorded under, else their id. */
  private String nameOf(String userId) {
    return transactions.latestUserName(userId).orElse(userId);
  }
}
