package dev.cashback.sample.lms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Money paid back on a purchase, by an admin, with a reason. */
@Entity
@Table(name = "lms_refund")
public class Refund {

  @Id
  @Column(length = 100)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "purchase_id")
  private Purchase purchase;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(nullable = false, length = 500)
  private String reason;

  @Column(name = "refunded_by", nullable = false, length = 100)
  private String refundedBy;

  @Column(name = "refunded_at", nullable = false)
  private OffsetDateTime refundedAt;

  protected Refund() {}

  public Refund(Purchase purchase, String reason, String refundedBy, OffsetDateTime refundedAt) {
    this.id = UUID.randomUUID().toString();
    this.purchase = purchase;
    // The money paid back; cashback spent on the purchase returns to the wallet, not as money.
    this.amount = purchase.getPaidInMoney();
    this.reason = reason;
    this.refundedBy = refundedBy;
    this.refundedAt = refundedAt;
  }

  public String getId() {
    return id;
  }

  public Purchase getPurchase() {
    return purchase;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getReason() {
    return reason;
  }

  public OffsetDateTime getRefundedAt() {
    return refundedAt;
  }
}
