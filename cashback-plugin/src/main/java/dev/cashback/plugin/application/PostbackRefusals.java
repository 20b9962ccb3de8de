package dev.cashback.plugin.application;

import dev.cashback.plugin.domain.network.AffiliateNetwork;
import dev.cashback.plugin.domain.network.NetworkRepository;
import dev.cashback.plugin.domain.network.Postback;
import dev.cashback.plugin.domain.network.RefusedPostback;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Keeps a refused postback for admins. It is written in a transaction of its own, because the
 * postback's transaction is rolled back by the refusal, so that nothing else of it is kept.
 */
@ApplicationScoped
class PostbackRefusals {

  @Inject NetworkRepository networks;
  @Inject CashbackClock clock;

  /** Records the refusal and returns it, for the caller to throw. */
  @Transactional(TxType.REQUIRES_NEW)
  <E extends RuntimeException> E refused(AffiliateNetwork network, Postback sent, E refusal) {
    networks.add(new RefusedPostback(network.getId(), sent, refusal.getMessage(), clock.now()));
    return refusal;
  }
}
