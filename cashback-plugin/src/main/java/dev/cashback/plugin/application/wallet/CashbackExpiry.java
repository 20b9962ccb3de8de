package dev.cashback.plugin.application.wallet;

import dev.cashback.plugin.application.notice.CashbackNotices;
import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.application.shared.ExpiryTerms;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.domain.wallet.CashbackLot;
import dev.cashback.plugin.domain.wallet.Ledger;
import dev.cashback.plugin.domain.wallet.LotBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Expiry of available cashback, for the job every node runs: what is left of an expired lot leaves
 * its wallet (taking the wallet's lock does it, so a spend or payout never races it), and each lot
 * about to expire is announced to its learner once.
 */
@ApplicationScoped
public class CashbackExpiry {

  @Inject Ledger ledger;
  @Inject LotBook lots;
  @Inject TimeSource clock;
  @Inject CashbackConfig settings;
  @Inject CashbackNotices notices;

  /** Wallets with something to expire now; each is then expired in its own transaction. */
  @Transactional
  public List<LotBook.Wallet> dueWallets(int limit) {
    return lots.walletsWithDueLots(clock.now(), limit);
  }

  /** Expires what is due in one wallet: exactly once, whoever else tries at the same time. */
  @Transactional
  public void expire(LotBook.Wallet wallet) {
    LearnerWallet.lock(ledger, wallet.userId(), wallet.currency());
  }

  /**
   * Mails the learners of up to {@code limit} lots that expire within the reminder days, once per
   * lot (and once per expiry date, should a returned payout renew it); returns how many.
   */
  @Transactional
  public int remindDue(int limit) {
    ExpiryTerms terms = settings.expiryTerms();
    if (terms.reminderDays() == 0) {
      return 0;
    }
    OffsetDateTime now = clock.now();
    List<CashbackLot> due = lots.claimReminders(now, now.plusDays(terms.reminderDays()), limit);
    for (CashbackLot lot : due) {
      lot.reminded(now);
      notices.cashbackExpiring(lot);
    }
    return due.size();
  }
}
