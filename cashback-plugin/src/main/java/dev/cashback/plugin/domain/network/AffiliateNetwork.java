package dev.cashback.plugin.domain.network;

import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.shared.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An affiliate network: its postback secret, how long its conversions wait before they count as
 * confirmed when it says nothing more, and the share of its commission that goes to the learner.
 */
@Entity
@Table(name = "cb_network")
public class AffiliateNetwork {

  public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Id
  @SequenceGenerator(name = "cb_network_seq", sequenceName = "cb_network_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cb_network_seq")
  private Long id;

  @Column(nullable = false, length = 40, unique = true)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "postback_secret", nullable = false, length = 200)
  private String postbackSecret;

  @Column(name = "confirm_days", nullable = false)
  private int confirmDays;

  /** Days its cashback lasts once available (0: never; null: the default setting). */
  @Column(name = "expiry_days")
  private Integer expiryDays;

  @Column(name = "user_share_percent", nullable = false, precision = 7, scale = 4)
  private BigDecimal userSharePercent;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  protected AffiliateNetwork() {}

  public AffiliateNetwork(String code) {
    this.code = code;
  }

  /** Field name to message for the admin's form; empty when the values may be saved. */
  public static Map<String, String> validate(
      String code, String name, String secret, Integer confirmDays, BigDecimal share) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (code == null || !code.matches("[a-z0-9][a-z0-9-]{1,39}")) {
      errors.put("code", "Use 2 to 40 lower-case letters, digits and dashes.");
    }
    if (name == null || name.isBlank() || name.length() > 100 || !PlainText.isPlain(name)) {
      errors.put("name", "Give the network a name in plain text (at most 100 characters).");
    }
    if (secret == null || secret.length() < 12 || secret.length() > 200) {
      errors.put("postbackSecret", "The postback secret is 12 to 200 characters.");
    }
    if (confirmDays == null || confirmDays < 0 || confirmDays > 365) {
      errors.put("confirmDays", "Confirm days are between 0 and 365.");
    }
    if (share == null || share.signum() < 0 || share.compareTo(HUNDRED) > 0 || share.scale() > 4) {
      errors.put("userSharePercent", "The learner's share is between 0 and 100 %.");
    }
    return errors;
  }

  public void apply(
      String name,
      String secret,
      int confirmDays,
      Integer expiryDays,
      BigDecimal share,
      boolean enabled,
      OffsetDateTime now) {
    this.name = name.strip();
    this.postbackSecret = secret;
    this.confirmDays = confirmDays;
    this.expiryDays = expiryDays;
    this.userSharePercent = share;
    this.enabled = enabled;
    this.updatedAt = now;
  }

  /**
   * The purchase id of this network's conversion of one of its transaction (or order) ids: a
   * postback, a repeat and an approved claim for that order all find the same cashback by it.
   */
  public String conversionKey(String transactionId) {
    return "network:" + code + ":" + transactionId;
  }

  /** The learner's part of a commission at a share, rounded down to the minor unit. */
  public static Money learnersPart(Money commission, BigDecimal sharePercent) {
    return Money.of(
            commission.amount().multiply(sharePercent).divide(HUNDRED, 10, RoundingMode.DOWN),
            commission.currency())
        .roundDownToMinorUnit();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getPostbackSecret() {
    return postbackSecret;
  }

  public Integer getExpiryDays() {
    return expiryDays;
  }

  public int getConfirmDays() {
    return confirmDays;
  }

  public BigDecimal getUserSharePercent() {
    return userSharePercent;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
