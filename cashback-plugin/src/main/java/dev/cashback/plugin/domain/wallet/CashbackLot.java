package dev.cashback.plugin.domain.wallet;

import dev.cashback.plugin.domain.shared.Money;
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
 * An amount of cashback that became available at one time, with its own expiry (none when it never
 * expires). Spends, payouts and clawbacks take from lots; what is left when a lot expires leaves
 * the wallet. The open lots of a wallet add up to its available balance (to zero while the balance
 * is below zero).
 */
@Entity
@Table(name = "cb_lot")
public class CashbackLot {

  @Id
  @SequenceGenerator(name = "cb_lot_seq", sequenceName = "cb_lot_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cb_lot_seq")
  private Long id;

  @Column(name = "user_id", nullable = false, length = 100)
  private String userId;

  @Column(nullable = false, length = 3)
  private String currency;

  /** The cashback that became available (none for a lot that came before lots existed). */
  @Column(name = "transaction_id")
  private Long transactionId;

  @Column(name = "journal_id")
  private Long journalId;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal remaining;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  @Column(name = "expired_amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal expiredAmount = BigDecimal.ZERO;

  @Column(name = "expired_at")
  private OffsetDateTime expiredAt;

  @Column(name = "reminded_at")
  private OffsetDateTime remindedAt;

  protected CashbackLot() {}

  public CashbackLot(
      String userId,
      Money amount,
      Long transactionId,
      Long journalId,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt) {
    this.userId = userId;
    this.currency = amount.currencyCode();
    this.amount = amount.amount();
    this.remaining = amount.amount();
    this.transactionId = transactionId;
    this.journalId = journalId;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** Takes {@code part} (at most what remains). */
  public void take(BigDecimal part) {
    if (part.signum() <= 0 || part.compareTo(remaining) > 0) {
      throw new IllegalArgumentException("a lot gives between nothing and what remains");
    }
    remaining = remaining.subtract(part);
  }

  /**
   * Gives back {@code part} of what was taken from it; a lot whose expiry has passed by then keeps
   * the returned cashback until {@code renewedUntil}.
   */
  public void giveBack(BigDecimal part, OffsetDateTime now, OffsetDateTime renewedUntil) {
    if (part.signum() <= 0 || remaining.add(part).add(expiredAmount).compareTo(amount) > 0) {
      throw new IllegalArgumentException("a lot gets back at most what was taken from it");
    }
    remaining = remaining.add(part);
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      expiresAt = renewedUntil;
      remindedAt = null;
    }
  }

  /** {@code part} of what remains (all of it, when the expiry runs) leaves the wallet. */
  public void expire(BigDecimal part, OffsetDateTime now) {
    take(part);
    expiredAmount = expiredAmount.add(part);
    expiredAt = now;
  }

  /** The reference of the journal that expires what is left of this lot. */
  public String expiryReference() {
    return "lot:" + id;
  }

  public void reminded(OffsetDateTime now) {
    remindedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getUserId() {
    return userId;
  }

  public String getCurrency() {
    return currency;
  }

  public Long getTransactionId() {
    return transactionId;
  }

  public Money amount() {
    return Money.of(amount, currency);
  }

  public Money remaining() {
    return Money.of(remaining, currency);
  }

  public Money expired() {
    return Money.of(expiredAmount, currency);
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }

  public OffsetDateTime getExpiredAt() {
    return expiredAt;
  }

  public OffsetDateTime getRemindedAt() {
    return remindedAt;
  }
}
