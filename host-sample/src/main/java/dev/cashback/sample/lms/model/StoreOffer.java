package dev.cashback.sample.lms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A deal or coupon of a {@link Store}. A coupon carries the code to enter at the shop; an offer may
 * have its own landing page, otherwise the store's address is used. It is valid through {@code
 * expiresOn} (a UTC date), or without end when that is empty.
 */
@Entity
@Table(name = "lms_store_offer")
public class StoreOffer {

  /** Longest title; the click log stores kind, id and title in 100 characters. */
  public static final int MAX_TITLE = 80;

  @Id
  @SequenceGenerator(
      name = "lms_store_offer_seq",
      sequenceName = "lms_store_offer_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lms_store_offer_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "store_id", nullable = false)
  private Store store;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private OfferKind kind;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(nullable = false, length = 500)
  private String description;

  @Column(name = "coupon_code", length = 40)
  private String couponCode;

  @Column(name = "merchant_url", length = 1000)
  private String merchantUrl;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  protected StoreOffer() {}

  private StoreOffer(
      Store store,
      OfferKind kind,
      String title,
      String description,
      String couponCode,
      String merchantUrl,
      LocalDate expiresOn) {
    this.store = Objects.requireNonNull(store, "store");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.title = Objects.requireNonNull(title, "title");
    if (title.isBlank() || title.length() > MAX_TITLE) {
      throw new IllegalArgumentException("An offer's title has 1 to " + MAX_TITLE + " characters");
    }
    this.description = Objects.requireNonNull(description, "description");
    this.couponCode = couponCode;
    this.merchantUrl = merchantUrl;
    this.expiresOn = expiresOn;
  }

  /** A deal: reached through its landing page ({@code merchantUrl}, or the store's when null). */
  public static StoreOffer deal(
      Store store, String title, String description, String merchantUrl, LocalDate expiresOn) {
    return new StoreOffer(store, OfferKind.DEAL, title, description, null, merchantUrl, expiresOn);
  }

  /** A coupon: a code the learner enters at the shop. */
  public static StoreOffer coupon(
      Store store,
      String title,
      String description,
      String couponCode,
      String merchantUrl,
      LocalDate expiresOn) {
    if (couponCode == null || couponCode.isBlank()) {
      throw new IllegalArgumentException("A coupon has a code");
    }
    return new StoreOffer(
        store, OfferKind.COUPON, title, description, couponCode, merchantUrl, expiresOn);
  }

  /** Whether the offer still holds on {@code today}: its last day is {@code expiresOn}. */
  public boolean isValidOn(LocalDate today) {
    return expiresOn == null || !today.isAfter(expiresOn);
  }

  /** Where Shop now on this offer leads: its own landing page, or the store's. */
  public String landingUrl() {
    return merchantUrl == null || merchantUrl.isBlank() ? store.getMerchantUrl() : merchantUrl;
  }

  /**
   * The offer as the plugin's click log keeps it ({@code ShopClick.offerId}, at most 100
   * characters): kind, id and title, e.g. {@code COUPON 51: 20% off programming books}.
   */
  public String clickLabel() {
    String label = kind + " " + id + ": " + title;
    return label.length() <= 100 ? label : label.substring(0, 100);
  }

  public boolean isCoupon() {
    return kind == OfferKind.COUPON;
  }

  public Long getId() {
    return id;
  }

  public Store getStore() {
    return store;
  }

  public OfferKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public String getCouponCode() {
    return couponCode;
  }

  public String getMerchantUrl() {
    return merchantUrl;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  /** Moves the last valid day (null: no end). */
  public void expireOn(LocalDate lastDay) {
    this.expiresOn = lastDay;
  }
}
