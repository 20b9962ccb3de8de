package dev.cashback.sample.lms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A verification link sent to an e-mail address; the token itself is never stored. */
@Entity
@Table(name = "lms_email_verification")
public class EmailVerification {

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(nullable = false, length = 100)
  private String username;

  @Column(nullable = false, length = 200)
  private String email;

  @Column(name = "sent_at", nullable = false)
  private OffsetDateTime sentAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  protected EmailVerification() {}

  public EmailVerification(
      String tokenHash,
      String username,
      String email,
      OffsetDateTime sentAt,
      OffsetDateTime expiresAt) {
    this.tokenHash = tokenHash;
    this.username = username;
    this.email = email;
    this.sentAt = sentAt;
    this.expiresAt = expiresAt;
  }

  public boolean isUsable(OffsetDateTime now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  public void use(OffsetDateTime now) {
    usedAt = now;
  }

  public String getUsername() {
    return username;
  }

  public String getEmail() {
    return email;
  }

  public OffsetDateTime getSentAt() {
    return sentAt;
  }
}
