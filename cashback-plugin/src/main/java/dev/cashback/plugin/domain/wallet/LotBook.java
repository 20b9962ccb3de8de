package dev.cashback.plugin.domain.wallet;

import java.time.OffsetDateTime;
import java.util.List;

/** Where the expiry job finds its work among the lots of every wallet. */
public interface LotBook {

  /** A learner's wallet in one currency. */
  record Wallet(String userId, String currency) {}

  /** Wallets holding a lot whose expiry has passed with something left in it. */
  List<Wallet> walletsWithDueLots(OffsetDateTime now, int limit);

  /**
   * Lots with something left that expire after {@code now} and by {@code until}, whose learner has
   * not been reminded: locked for the caller's transaction, those another node holds skipped.
   */
  List<CashbackLot> claimReminders(OffsetDateTime now, OffsetDateTime until, int limit);
}
