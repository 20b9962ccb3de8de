package dev.cashback.plugin.domain.donation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The share (0-100 %) of each future cashback a learner donates. */
@Entity
@Table(name = "cb_donation_choice")
public class DonationChoice {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Id
  @Column(name = "user_id", length = 100)
  private String userId;

  @Column(name = "share_percent", nullable = false, precision = 7, scale = 4)
  private BigDecimal sharePercent;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected DonationChoice() {}

  public DonationChoice(String userId) {
    this.userId = userId;
  }

  /** Whether {@code share} is a share a learner may choose: 0 to 100 with at most 2 decimals. */
  public static boolean isShare(BigDecimal share) {
    return share != null
        && share.signum() >= 0
        && share.compareTo(HUNDRED) <= 0
        && share.stripTrailingZeros().scale() <= 2;
  }

  public void choose(BigDecimal share, OffsetDateTime now) {
    if (!isShare(share)) {
      throw new IllegalArgumentException("A donation share is between 0 and 100 %.");
    }
    sharePercent = share;
    updatedAt = now;
  }

  public String getUserId() {
    return userId;
  }

  public BigDecimal getSharePercent() {
    return sharePercent;
  }
}
