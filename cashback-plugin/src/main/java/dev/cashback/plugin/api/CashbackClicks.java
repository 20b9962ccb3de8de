package dev.cashback.plugin.api;

/**
 * Cashback from shops: the host calls {@link #record} when a learner presses "Shop now", and sends
 * them to the address it returns (the merchant's, carrying the click id). The network later reports
 * the sale by postback with that click id, and the plugin turns it into cashback.
 */
public interface CashbackClicks {

  /**
   * Records the click with the network's cashback terms of this moment.
   *
   * @throws IllegalArgumentException when the network is unknown or disabled, or the merchant's
   *     address is not an http(s) URL
   */
  ClickRedirect record(ShopClick click);
}
