package dev.cashback.plugin.api;

/**
 * A learner's "Shop now" as the host knows it. {@code merchantUrl} comes from the host's own store
 * data, never from the request; it may hold {@code {clickId}} where the network wants the id,
 * otherwise the id is added as the {@code cb_click} query parameter.
 *
 * @param offerId the deal or coupon chosen, when there was one
 * @param clientIp the learner's address, stored only as a hash
 */
public record ShopClick(
    String userId,
    String userName,
    String networkCode,
    String storeId,
    String storeName,
    String offerId,
    String merchantUrl,
    String clientIp,
    String userAgent) {

  public ShopClick {
    Require.text(userId, "userId");
    Require.text(networkCode, "networkCode");
    Require.text(storeId, "storeId");
    Require.text(storeName, "storeName");
    Require.text(merchantUrl, "merchantUrl");
    userName = userName == null || userName.isBlank() ? userId : userName;
  }
}
