package dev.cashback.plugin.domain.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A postback that changed nothing because it would have harmed a learner or came while its network
 * was disabled, kept for admins with the fields as the network sent them (cut to size) and why it
 * was refused. Never edited.
 */
@Entity
@Table(name = "cb_refused_postback")
public class RefusedPostback {

  @Id
  @SequenceGenerator(
      name = "cb_refused_postback_seq",
      sequenceName = "cb_refused_postback_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cb_refused_postback_seq")
  private Long id;

  @Column(name = "network_id", nullable = false)
  private long networkId;

  @Column(name = "click_id", length = 100)
  private String clickId;

  @Column(name = "transaction_id", length = 100)
  private String transactionId;

  @Column(name = "sale_amount", length = 40)
  private String saleAmount;

  @Column(length = 40)
  private String commission;

  @Column(length = 10)
  private String currency;

  @Column(length = 20)
  private String status;

  @Column(nullable = false, length = 500)
  private String reason;

  @Column(name = "refused_at", nullable = false)
  private OffsetDateTime refusedAt;

  protected RefusedPostback() {}

  /** The postback's fields as sent, each cut to its column (none was checked). */
  public RefusedPostback(long networkId, Postback sent, String reason, OffsetDateTime refusedAt) {
    this.networkId = networkId;
    this.clickId = cut(sent.clickId(), 100);
    this.transactionId = cut(sent.transactionId(), 100);
    this.saleAmount = cut(sent.saleAmount(), 40);
    this.commission = cut(sent.commission(), 40);
    this.currency = cut(sent.currency(), 10);
    this.status = cut(sent.status(), 20);
    this.reason = cut(reason, 500);
    this.refusedAt = refusedAt;
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public long getNetworkId() {
    return networkId;
  }

  public String getClickId() {
    return clickId;
  }

  public String getTransactionId() {
    return transactionId;
  }

  public String getSaleAmount() {
    return saleAmount;
  }

  public String getCommission() {
    return commission;
  }

  public String getCurrency() {
    return currency;
  }

  public String getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public OffsetDateTime getRefusedAt() {
    return refusedAt;
  }
}
