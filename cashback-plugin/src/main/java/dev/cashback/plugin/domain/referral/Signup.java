package dev.cashback.plugin.domain.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;

/** A user's sign-up as the self-referral checks need it: nothing but hashes and a mail key. */
@Entity
@Table(name = "cb_signup")
public class Signup {

  @Id
  @Column(name = "user_id", length = 100)
  private String userId;

  @Column(name = "email_key", nullable = false, length = 200)
  private String emailKey;

  @Column(name = "ip_hash", length = 64)
  private String ipHash;

  @Column(name = "device_hash", length = 64)
  private String deviceHash;

  @Column(name = "signed_up_at", nullable = false)
  private OffsetDateTime signedUpAt;

  protected Signup() {}

  public Signup(
      String userId, String emailKey, String ipHash, String deviceHash, OffsetDateTime now) {
    this.userId = userId;
    this.emailKey = emailKey;
    this.ipHash = ipHash;
    this.deviceHash = deviceHash;
    this.signedUpAt = now;
  }

  /**
   * The mailbox an address reaches: lower case, without a "+tag", and for Gmail without dots, so
   * {@code Ann.Lee+2@gmail.com} and {@code annlee@gmail.com} are one person.
   */
  public static String emailKey(String email) {
    String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    int at = address.lastIndexOf('@');
    if (at < 0) {
      return address;
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1);
    int plus = local.indexOf('+');
    if (plus >= 0) {
      local = local.substring(0, plus);
    }
    if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
      local = local.replace(".", "");
      domain = "gmail.com";
    }
    return local + "@" + domain;
  }

  /** Whether the two sign-ups came from the same address or the same browser. */
  public boolean sameDeviceAs(String otherIpHash, String otherDeviceHash) {
    return (ipHash != null && ipHash.equals(otherIpHash))
        || (deviceHash != null && deviceHash.equals(otherDeviceHash));
  }

  public String getUserId() {
    return userId;
  }

  public String getEmailKey() {
    return emailKey;
  }
}
