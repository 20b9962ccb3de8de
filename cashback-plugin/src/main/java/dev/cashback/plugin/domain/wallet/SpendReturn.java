package dev.cashback.plugin.domain.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * What one host refund gave back of a purchase paid partly with cashback: the cash the host
 * refunded and the cashback returned to the wallet for it. Kept per refund id (so a refund returns
 * once) and summed per purchase (so partial refunds add up to exactly what was spent).
 */
@Entity
@Table(name = "cb_spend_return")
public class SpendReturn {

  @Id
  @Column(name = "refund_id", length = 100)
  private String refundId;

  @Column(name = "purchase_id", nullable = false, length = 100)
  private String purchaseId;

  @Column(name = "cash_refunded", nullable = false, precision = 19, scale = 4)
  private BigDecimal cashRefunded;

  @Column(name = "wallet_returned", nullable = false, precision = 19, scale = 4)
  private BigDecimal walletReturned;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected SpendReturn() {}

  public SpendReturn(
      String refundId,
      String purchaseId,
      BigDecimal cashRefunded,
      BigDecimal walletReturned,
      OffsetDateTime createdAt) {
    this.refundId = refundId;
    this.purchaseId = purchaseId;
    this.cashRefunded = cashRefunded;
    this.walletReturned = walletReturned;
    this.createdAt = createdAt;
  }

  public BigDecimal getCashRefunded() {
    return cashRefunded;
  }

  public BigDecimal getWalletReturned() {
    return walletReturned;
  }
}
