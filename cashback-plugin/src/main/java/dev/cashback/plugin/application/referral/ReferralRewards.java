package dev.cashback.plugin.application.referral;

import dev.cashback.plugin.application.accrual.CashbackLifecycle;
import dev.cashback.plugin.application.accrual.StandaloneGrants;
import dev.cashback.plugin.application.event.ChangeEvents;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.application.wallet.LearnerWallet;
import dev.cashback.plugin.domain.accrual.CashbackOrigin;
import dev.cashback.plugin.domain.accrual.CashbackSwitchRepository;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.accrual.PurchaseLine;
import dev.cashback.plugin.domain.referral.Referral;
import dev.cashback.plugin.domain.referral.ReferralAmounts;
import dev.cashback.plugin.domain.referral.ReferralRepository;
import dev.cashback.plugin.domain.referral.ReferralStatus;
import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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

  @Inject ChangeEvents events;
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
    Optional<ReferralAmounts> reached = reached(peek);
    // A purchase made within the days but still on hold may yet qualify the referee: wait for it.
    boolean undecided = !peek.isExpired(now) || pendingWithinDays(peek);
    if (reached.isEmpty() && undecided) {
      referrals.markChecked(refereeId, now);
      return false;
    }
    String currency = reached.map(ReferralAmounts::currency).orElse(peek.getCurrency());
    Stream.of(peek.getRefereeId(), peek.getReferrerId())
        .sorted()
        .forEach(user -> LearnerWallet.lock(ledger, user, currency));
    referrals.lockAndRefresh(peek);
    if (peek.getStatus() != ReferralStatus.WAITING) {
      return false;
    }
    Optional<ReferralAmounts> still =
        peek.amountsIn(currency).filter(a -> peek.qualifiesWith(confirmedPurchases(peek, a)));
    if (still.isPresent()) {
      ReferralAmounts amounts = still.get();
      bonus(peek, amounts, peek.getRefereeId(), 1, "Joining bonus", amounts.joining());
      bonus(peek, amounts, peek.getReferrerId(), 2, "Referral bonus", amounts.referrer());
      peek.rewarded(now);
      events.referralRewarded(peek, amounts);
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

  /** The first of the referral's currencies whose qualifying amount the referee reached. */
  private Optional<ReferralAmounts> reached(Referral referral) {
    return referral.amounts().stream()
        .filter(a -> referral.qualifiesWith(confirmedPurchases(referral, a)))
        .findFirst();
  }

  /**
   * How far the referee is: the currency they came closest to qualifying in (the main currency
   * while nothing counts), with their confirmed purchases in it.
   */
  public Progress progress(Referral referral) {
    Progress best = null;
    for (ReferralAmounts amounts : referral.amounts()) {
      Progress candidate = new Progress(amounts, confirmedPurchases(referral, amounts));
      if (best == null || candidate.share().compareTo(best.share()) > 0) {
        best = candidate;
      }
    }
    return best;
  }

  /** Confirmed purchases in one currency of a referral against its qualifying amount there. */
  public record Progress(ReferralAmounts amounts, Money confirmed) {

    /** The part of the qualifying amount reached, 1 or more once reached. */
    BigDecimal share() {
      BigDecimal goal = amounts.qualifying().amount();
      return goal.signum() == 0
          ? BigDecimal.ONE
          : confirmed.amount().divide(goal, 6, java.math.RoundingMode.DOWN);
    }
  }

  /**
   * The referee's confirmed purchases in one currency from sign-up to the end of the qualifying
   * days, less what the host refunded of them (bonuses do not count).
   */
  private Money confirmedPurchases(Referral referral, ReferralAmounts amounts) {
    return transactions.keptConfirmedPurchases(
        referral.getRefereeId(),
        amounts.currency(),
        ITEM_TYPE,
        referral.getJoinedAt(),
        referral.getQualifyUntil());
  }

  /**
   * Whether the referee has cashback on hold, in any of the referral's currencies, for a purchase
   * made within the qualifying days.
   */
  private boolean pendingWithinDays(Referral referral) {
    return referral.amounts().stream()
        .anyMatch(
            a ->
                transactions.hasPendingPurchasedBetween(
                    referral.getRefereeId(),
                    a.currency(),
                    referral.getJoinedAt(),
                    referral.getQualifyUntil()));
  }

  private void bonus(
      Referral referral,
      ReferralAmounts amounts,
      String userId,
      int lineNo,
      String title,
      Money amount) {
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
            amounts.qualifying());
    CashbackTransaction tx =
        grants.grantPending(
            new StandaloneGrants.Grant(
                PURCHASE_PREFIX + referral.getRefereeId(),
                userId,
                nameOf(userId),
                line,
                CashbackOrigin.referralBonus(referral.getRefereeId()),
                terms,
                amounts.qualifying(),
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
