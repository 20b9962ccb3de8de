package dev.cashback.plugin.domain.network;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where networks and clicks are kept; clicks are only ever added. */
public interface NetworkRepository {

  List<AffiliateNetwork> networks();

  Optional<AffiliateNetwork> network(long id);

  Optional<AffiliateNetwork> byCode(String code);

  void add(AffiliateNetwork network);

  void add(Click click);

  Optional<Click> click(String clickId);

  /** The click, locked for the rest of the transaction. */
  Optional<Click> clickForUpdate(String clickId);

  /** Clicks, newest first, of users whose id starts with the text and of one store (when given). */
  List<Click> clicks(String userPrefix, String storeId, int first, int max);

  /** A user's own clicks, newest first. */
  List<Click> clicksOf(String userId, int max);

  /** Which of these clicks a network conversion has turned into cashback. */
  Set<String> convertedClicks(Collection<String> clickIds);

  void add(MissingCashbackClaim claim);

  Optional<MissingCashbackClaim> claim(long id);

  Optional<MissingCashbackClaim> claimForUpdate(long id);

  Optional<MissingCashbackClaim> claimOfClick(String clickId);

  /** Claims, newest first, of one network (all when null) and one user (all when null). */
  List<MissingCashbackClaim> claims(Long networkId, String userId, int max);

  /** The claims on these clicks. */
  List<MissingCashbackClaim> claimsOfClicks(Collection<String> clickIds);

  /** A page of the claims the filter selects, newest first. */
  List<MissingCashbackClaim> searchClaims(ClaimFilter filter, int first, int max);

  long countClaims(ClaimFilter filter);
}
