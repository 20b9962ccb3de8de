package dev.cashback.sample.lms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One paid course, at the price it had when bought. */
@Entity
@Table(name = "lms_purchase")
public class Purchase {

  @Id
  @Column(length = 100)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "buyer")
  private Account buyer;

  @ManyToOne(optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal price;

  @Column(nullable = false, length = 3)
  private String currency;

  /** What the learner paid with cashback; the rest was paid in money. */
  @Column(name = "paid_with_cashback", nullable = false, precision = 19, scale = 4)
  private BigDecimal paidWithCashback = BigDecimal.ZERO;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PurchaseStatus status = PurchaseStatus.PAID;

  @Column(name = "purchased_at", nullable = false)
  private OffsetDateTime purchasedAt;

  protected Purchase() {}

  public Purchase(Account buyer, Course course, OffsetDateTime purchasedAt) {
    this.id = UUID.randomUUID().toString();
    this.buyer = buyer;
    this.course = course;
    this.price = course.getPrice();
    this.currency = course.getCurrency();
    this.purchasedAt = purchasedAt;
  }

  /** Pays {@code amount} of the price with cashback; never more than the price. */
  public void payWithCashback(BigDecimal amount) {
    if (amount.signum() < 0 || amount.compareTo(price) > 0) {
      throw new IllegalArgumentException("Cashback can pay at most the price.");
    }
    this.paidWithCashback = amount;
  }

  public BigDecimal getPaidWithCashback() {
    return paidWithCashback;
  }

  /** What the learner paid in money. */
  public BigDecimal getPaidInMoney() {
    return price.subtract(paidWithCashback);
  }

  public void markRefunded() {
    if (status == PurchaseStatus.REFUNDED) {
      throw new IllegalStateException("This purchase was already refunded.");
    }
    status = PurchaseStatus.REFUNDED;
  }

  public String getId() {
    return id;
  }

  public Account getBuyer() {
    return buyer;
  }

  public Course getCourse() {
    return course;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public String getCurrency() {
    return currency;
  }

  public PurchaseStatus getStatus() {
    return status;
  }

  public OffsetDateTime getPurchasedAt() {
    return purchasedAt;
  }
}
