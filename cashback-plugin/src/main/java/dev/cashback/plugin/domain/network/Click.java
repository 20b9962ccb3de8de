package dev.cashback.plugin.domain.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A learner's "Shop now": who went to which store through which network, when, and the cashback
 * terms in force at that moment (the network's share and confirm days), which its conversion keeps
 * even if the admin changes the network later. The IP address is kept only as a hash.
 */
@Entity
@Table(name = "cb_click")
public class Click {

  @Id
  @Column(name = "click_id", length = 40)
  private String clickId;

  @Column(name = "user_id", nullable = false, length = 100)
  private String userId;

  @Column(name = "user_name", nullable = false, length = 200)
  private String userName;

  @Column(name = "network_id", nullable = false)
  private long networkId;

  @Column(name = "store_id", nullable = false, length = 100)
  private String storeId;

  @Column(name = "store_name", nullable = false, length = 200)
  private String storeName;

  @Column(name = "offer_id", length = 100)
  private String offerId;

  @Column(name = "merchant_url", nullable = false, length = 1000)
  private String merchantUrl;

  @Column(name = "ip_hash", length = 64)
  private String ipHash;

  @Column(name = "user_agent", length = 300)
  private String userAgent;

  @Column(name = "share_percent", nullable = false, precision = 7, scale = 4)
  private BigDecimal sharePercent;

  @Column(name = "confirm_days", nullable = false)
  private int confirmDays;

  @Column(name = "clicked_at", nullable = false)
  private OffsetDateTime clickedAt;

  protected Click() {}

  @SuppressWarnings("java:S107") // a click is this many facts, recorded together
  public Click(
      String clickId,
      String userId,
      String userName,
      AffiliateNetwork network,
      String storeId,
      String storeName,
      String offerId,
      String merchantUrl,
      String ipHash,
      String userAgent,
      OffsetDateTime clickedAt) {
    this.clickId = clickId;
    this.userId = userId;
    this.userName = userName;
    this.networkId = network.getId();
    this.storeId = storeId;
    this.storeName = storeName;
    this.offerId = offerId;
    this.merchantUrl = merchantUrl;
    this.ipHash = ipHash;
    this.userAgent = userAgent;
    this.sharePercent = network.getUserSharePercent();
    this.confirmDays = network.getConfirmDays();
    this.clickedAt = clickedAt;
  }

  public String getClickId() {
    return clickId;
  }

  public String getUserId() {
    return userId;
  }

  public String getUserName() {
    return userName;
  }

  public long getNetworkId() {
    return networkId;
  }

  public String getStoreId() {
    return storeId;
  }

  public String getStoreName() {
    return storeName;
  }

  public String getOfferId() {
    return offerId;
  }

  public String getMerchantUrl() {
    return merchantUrl;
  }

  public String getIpHash() {
    return ipHash;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public BigDecimal getSharePercent() {
    return sharePercent;
  }

  public int getConfirmDays() {
    return confirmDays;
  }

  public OffsetDateTime getClickedAt() {
    return clickedAt;
  }
}
