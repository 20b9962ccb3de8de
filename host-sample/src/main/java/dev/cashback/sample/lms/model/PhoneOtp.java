package dev.cashback.sample.lms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A one-time password sent to a mobile number. Only a salted hash of the code is kept; each wrong
 * attempt is counted, and the code is void once it expired, was used or had too many attempts.
 */
@Entity
@Table(name = "lms_phone_otp")
public class PhoneOtp {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 100)
  private String username;

  @Column(nullable = false, length = 20)
  private String phone;

  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(name = "sent_at", nullable = false)
  private OffsetDateTime sentAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "verified_at")
  private OffsetDateTime verifiedAt;

  protected PhoneOtp() {}

  public PhoneOtp(
      String id,
      String username,
      String phone,
      String codeHash,
      OffsetDateTime sentAt,
      OffsetDateTime expiresAt) {
    this.id = id;
    this.username = username;
    this.phone = phone;
    this.codeHash = codeHash;
    this.sentAt = sentAt;
    this.expiresAt = expiresAt;
  }

  public boolean isExpired(OffsetDateTime now) {
    return !now.isBefore(expiresAt);
  }

  public boolean isUsed() {
    return verifiedAt != null;
  }

  public int getAttempts() {
    return attempts;
  }

  public void wrongAttempt() {
    attempts++;
  }

  public void verified(OffsetDateTime now) {
    verifiedAt = now;
  }

  public String getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getPhone() {
    return phone;
  }

  public String getCodeHash() {
    return codeHash;
  }

  public OffsetDateTime getSentAt() {
    return sentAt;
  }
}
