package dev.cashback.plugin.domain.network;

/**
 * The admin's filter over missing-cashback claims: one network, one status, users whose id starts
 * with a text; each part unused when null.
 */
public record ClaimFilter(Long networkId, MissingCashbackClaim.Status status, String userPrefix) {

  public static ClaimFilter all() {
    return new ClaimFilter(null, null, null);
  }
}
