package dev.cashback.sample.lms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A person who signs in: their user name is their id everywhere, the plugin included. */
@Entity
@Table(name = "lms_account")
public class Account {

  @Id
  @Column(length = 100)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(nullable = false, length = 200)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Role role;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Column(name = "avatar_url", length = 500)
  private String avatarUrl;

  @Column(name = "email_verified_at")
  private OffsetDateTime emailVerifiedAt;

  /** The verified mobile number in E.164 form; only set once verified by a one-time password. */
  @Column(length = 20)
  private String phone;

  @Column(name = "phone_verified_at")
  private OffsetDateTime phoneVerifiedAt;

  /** When the person signed up themselves; null for accounts the platform created. */
  /** The language the person chose (an IETF tag); null means the platform's default. */
  @Column(length = 35)
  private String language;

  @Column(name = "signed_up_at")
  private OffsetDateTime signedUpAt;

  protected Account() {}

  public Account(
      String username, String displayName, String email, Role role, String passwordHash) {
    this.username = username;
    this.displayName = displayName;
    this.email = email;
    this.role = role;
    this.passwordHash = passwordHash;
    this.avatarUrl = "/images/avatar.svg";
  }

  /** A learner who signed up with {@code email}, which is also their user name. */
  public static Account signedUp(
      String email, String displayName, String passwordHash, OffsetDateTime now) {
    Account account = new Account(email, displayName, email, Role.LEARNER, passwordHash);
    account.signedUpAt = now;
    return account;
  }

  public void emailVerified(OffsetDateTime now) {
    if (emailVerifiedAt == null) {
      emailVerifiedAt = now;
    }
  }

  /** The same password, hashed again at today's cost (see the sign-in's password hashing). */
  public void passwordRehashed(String hash) {
    passwordHash = hash;
  }

  public void phoneVerified(String number, OffsetDateTime now) {
    phone = number;
    phoneVerifiedAt = now;
  }

  public boolean isEmailVerified() {
    return emailVerifiedAt != null;
  }

  public boolean isPhoneVerified() {
    return phoneVerifiedAt != null;
  }

  public String getPhone() {
    return phone;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public Role getRole() {
    return role;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getAvatarUrl() {
    return avatarUrl;
  }

  public String getLanguage() {
    return language;
  }

  public void chooseLanguage(String tag) {
    this.language = tag;
  }
}
