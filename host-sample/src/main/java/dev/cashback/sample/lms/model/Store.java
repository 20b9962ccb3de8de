package dev.cashback.sample.lms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A shop reached through an affiliate network; its address carries the click id. */
@Entity
@Table(name = "lms_store")
public class Store {

  @Id
  @Column(length = 100)
  private String id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 500)
  private String description;

  @Column(name = "network_code", nullable = false, length = 40)
  private String networkCode;

  @Column(name = "merchant_url", nullable = false, length = 1000)
  private String merchantUrl;

  @Column(name = "cashback_note", nullable = false, length = 200)
  private String cashbackNote;

  protected Store() {}

  public Store(
      String id,
      String name,
      String description,
      String networkCode,
      String merchantUrl,
      String cashbackNote) {
    this.id = id;
    this.name = name;
    this.description = description;
    this.networkCode = networkCode;
    this.merchantUrl = merchantUrl;
    this.cashbackNote = cashbackNote;
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public String getNetworkCode() {
    return networkCode;
  }

  public String getMerchantUrl() {
    return merchantUrl;
  }

  public String getCashbackNote() {
    return cashbackNote;
  }
}
