package dev.cashback.plugin.domain.accrual;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Whether a learner earns cashback; the History page's Disable and Enable actions set it. */
@Entity
@Table(name = "cb_user_setting")
public class CashbackSwitch {

  @Id
  @Column(name = "user_id", length = 100)
  private String userId;

  @Column(nullable = false)
  private boolean disabled;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(length = 500)
  private String reason;

  protected CashbackSwitch() {}

  public CashbackSwitch(String userId) {
    this.userId = userId;
  }

  public void change(boolean disabled, String actor, String reason, OffsetDateTime now) {
    this.disabled = disabled;
    this.updatedBy = actor;
    this.reason = reason;
    this.updatedAt = now;
  }

  public String getUserId() {
    return userId;
  }

  public boolean isDisabled() {
    return disabled;
  }

  public String getReason() {
    return reason;
  }
}
