package dev.cashback.plugin.domain.network;

import java.util.List;
import java.util.Optional;

/** Where networks and clicks are kept; clicks are only ever added. */
public interface NetworkRepository {

  List<AffiliateNetwork> networks();

  Optional<AffiliateNetwork> network(long id);

  Optional<AffiliateNetwork> byCode(String code);

  void add(AffiliateNetwork network);

  void add(Click click);

  Optional<Click> click(String clickId);

  /** Clicks, newest first, of users whose id starts with the text and of one store (when given). */
  List<Click> clicks(String userPrefix, String storeId, int first, int max);

  void add(MissingCashbackClaim claim);

  Optional<MissingCashbackClaim> claimForUpdate(long id);

  Optional<MissingCashbackClaim> claimOfClick(String clickId);

  /** Claims, newest first, of one network (all when null) and one user (all when null). */
  List<MissingCashbackClaim> claims(Long networkId, String userId, int max);
}
