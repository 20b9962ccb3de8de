package dev.cashback.plugin.domain.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Locale;

/** A user's code to share. */
@Entity
@Table(name = "cb_referral_code")
public class ReferralCode {

  /** No 0/O, 1/I/L: a code read aloud or copied by hand is not mistyped. */
  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  private static final int LENGTH = 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @Column(name = "user_id", length = 100)
  private String userId;

  @Column(nullable = false, length = 16)
  private String code;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected ReferralCode() {}

  public static ReferralCode newFor(String userId, OffsetDateTime now) {
    ReferralCode referralCode = new ReferralCode();
    referralCode.userId = userId;
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    referralCode.code = code.toString();
    referralCode.createdAt = now;
    return referralCode;
  }

  /** A code as typed: case and surrounding spaces do not matter. */
  public static String normalise(String typed) {
    return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
  }

  public String getUserId() {
    return userId;
  }

  public String getCode() {
    return code;
  }
}
