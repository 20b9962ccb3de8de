package dev.cashback.sample.lms.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
}
