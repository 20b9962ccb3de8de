package dev.cashback.plugin.domain.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A learner's claim that a click's order earned no cashback, with what the admin decided. */
@Entity
@Table(name = "cb_claim")
public class MissingCashbackClaim {

  /** Where a claim stands. */
  public enum Status {
    OPEN,
    APPROVED,
    REJECTED
  }

  @Id
  @SequenceGenerator(name = "cb_claim_seq", sequenceName = "cb_claim_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cb_claim_seq")
  private Long id;

  @Column(name = "click_id", nullable = false, length = 40)
  private String clickId;

  @Column(name = "user_id", nullable = false, length = 100)
  private String userId;

  @Column(name = "network_id", nullable = false)
  private long networkId;

  @Column(name = "order_id", nullable = false, length = 60)
  private String orderId;

  @Column(name = "order_amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal orderAmount;

  @Column(nullable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.OPEN;

  @Column(length = 500)
  private String reason;

  @Column(name = "transaction_id")
  private Long transactionId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  protected MissingCashbackClaim() {}

  public MissingCashbackClaim(
      Click click, String orderId, BigDecimal orderAmount, String currency, OffsetDateTime now) {
    this.clickId = click.getClickId();
    this.userId = click.getUserId();
    this.networkId = click.getNetworkId();
    this.orderId = orderId;
    this.orderAmount = orderAmount;
    this.currency = currency;
    this.createdAt = now;
  }

  public void approved(String admin, long transactionId, OffsetDateTime now) {
    require();
    this.status = Status.APPROVED;
    this.transactionId = transactionId;
    this.decidedBy = admin;
    this.decidedAt = now;
  }

  public void rejected(String admin, String reason, OffsetDateTime now) {
    require();
    this.status = Status.REJECTED;
    this.reason = reason;
    this.decidedBy = admin;
    this.decidedAt = now;
  }

  private void require() {
    if (status != Status.OPEN) {
      throw new IllegalStateException("This claim is already " + status.name().toLowerCase() + ".");
    }
  }

  public Long getId() {
    return id;
  }

  public String getClickId() {
    return clickId;
  }

  public String getUserId() {
    return userId;
  }

  public long getNetworkId() {
    return networkId;
  }

  public String getOrderId() {
    return orderId;
  }

  public BigDecimal getOrderAmount() {
    return orderAmount;
  }

  public String getCurrency() {
    return currency;
  }

  public Status getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public Long getTransactionId() {
    return transactionId;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }
}
