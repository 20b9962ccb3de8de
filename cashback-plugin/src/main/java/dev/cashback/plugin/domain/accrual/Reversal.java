package dev.cashback.plugin.domain.accrual;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One reversal of a cashback transaction, by a host refund (at most once per refund id and
 * transaction) or by an admin. {@code uncollected} is what a clawback could not take back from an
 * available balance under the {@code available-only} policy.
 */
@Entity
@Table(name = "cb_reversal")
public class Reversal {

  @Id
  @SequenceGenerator(
      name = "cb_reversal_seq",
      sequenceName = "cb_reversal_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cb_reversal_seq")
  private Long id;

  @Column(name = "transaction_id", nullable = false)
  private long transactionId;

  @Column(name = "refund_id", length = 100)
  private String refundId;

  @Column(name = "refunded_purchase_amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal refundedPurchaseAmount;

  @Column(name = "cashback_reversed", nullable = false, precision = 19, scale = 4)
  private BigDecimal cashbackReversed;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal uncollected;

  /** The part of the uncollected that had expired already: the platform has it back. */
  @Column(name = "expired_forgiven", nullable = false, precision = 19, scale = 4)
  private BigDecimal expiredForgiven = BigDecimal.ZERO;

  @Column(nullable = false, length = 500)
  private String reason;

  @Column(nullable = false, length = 100)
  private String actor;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Reversal() {}

  public Reversal(
      long transactionId,
      String refundId,
      BigDecimal refundedPurchaseAmount,
      BigDecimal cashbackReversed,
      BigDecimal uncollected,
      String reason,
      String actor,
      OffsetDateTime createdAt) {
    this.transactionId = transactionId;
    this.refundId = refundId;
    this.refundedPurchaseAmount = refundedPurchaseAmount;
    this.cashbackReversed = cashbackReversed;
    this.uncollected = uncollected;
    this.reason = reason;
    this.actor = actor;
    this.createdAt = createdAt;
  }

  /** A reversal that left {@code forgiven} of the uncollected alone because it had expired. */
  public Reversal forgivingExpired(BigDecimal forgiven) {
    this.expiredForgiven = forgiven;
    return this;
  }

  public BigDecimal getCashbackReversed() {
    return cashbackReversed;
  }

  public BigDecimal getUncollected() {
    return uncollected;
  }

  public String getReason() {
    return reason;
  }
}
