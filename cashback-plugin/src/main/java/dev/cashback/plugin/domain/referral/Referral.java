package dev.cashback.plugin.domain.referral;

import dev.cashback.plugin.domain.shared.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A referee linked to the referrer whose code they signed up with, under the programme's terms of
 * that moment (later changes to the settings do not move a promise already made). One per referee,
 * so a referee earns the bonuses at most once, in the first of the programme's currencies whose
 * qualifying amount their confirmed purchases in it reach. The main currency's amounts are columns
 * of the referral; further currencies' amounts are rows of {@code cb_referral_currency}.
 */
@Entity
@Table(name = "cb_referral")
public class Referral {

  @Id
  @Column(name = "referee_id", length = 100)
  private String refereeId;

  @Column(name = "referrer_id", nullable = false, length = 100)
  private String referrerId;

  @Column(nullable = false, length = 16)
  private String code;

  @Column(name = "joined_at", nullable = false)
  private OffsetDateTime joinedAt;

  @Column(name = "qualify_until", nullable = false)
  private OffsetDateTime qualifyUntil;

  @Column(name = "qualifying_amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal qualifyingAmount;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "joining_bonus", nullable = false, precision = 19, scale = 4)
  private BigDecimal joiningBonus;

  @Column(name = "referrer_bonus", nullable = false, precision = 19, scale = 4)
  private BigDecimal referrerBonus;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cb_referral_currency", joinColumns = @JoinColumn(name = "referee_id"))
  @OrderColumn(name = "position")
  private List<ReferralAmounts> otherCurrencies = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ReferralStatus status = ReferralStatus.WAITING;

  @Column(name = "checked_at")
  private OffsetDateTime checkedAt;

  @Column(name = "rewarded_at")
  private OffsetDateTime rewardedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  protected Referral() {}

  public Referral(
      String refereeId, String referrerId, String code, ReferralTerms terms, OffsetDateTime now) {
    this.refereeId = refereeId;
    this.referrerId = referrerId;
    this.code = code;
    this.joinedAt = now;
    this.checkedAt = now;
    this.qualifyUntil = now.plusDays(terms.qualifyingDays());
    this.qualifyingAmount = terms.qualifyingAmount().amount();
    this.currency = terms.qualifyingAmount().currencyCode();
    this.joiningBonus = terms.joiningBonus().amount();
    this.referrerBonus = terms.referrerBonus().amount();
    this.otherCurrencies = new ArrayList<>(terms.otherCurrencies());
  }

  /** Whether {@code confirmed} purchases (of one currency) qualify the referee. */
  public boolean qualifiesWith(Money confirmed) {
    return status == ReferralStatus.WAITING
        && amountsIn(confirmed.currencyCode())
            .map(amounts -> confirmed.compareTo(amounts.qualifying()) >= 0)
            .orElse(false);
  }

  /** The programme's amounts in each currency of this referral, the main currency first. */
  public List<ReferralAmounts> amounts() {
    List<ReferralAmounts> all = new ArrayList<>();
    all.add(
        new ReferralAmounts(
            qualifyingAmount(),
            Money.of(joiningBonus, currency),
            Money.of(referrerBonus, currency)));
    all.addAll(otherCurrencies);
    return all;
  }

  public Optional<ReferralAmounts> amountsIn(String currency) {
    return amounts().stream().filter(a -> a.currency().equals(currency)).findFirst();
  }

  public boolean isExpired(OffsetDateTime now) {
    return now.isAfter(qualifyUntil);
  }

  public void rewarded(OffsetDateTime now) {
    status = ReferralStatus.REWARDED;
    rewardedAt = now;
    checkedAt = now;
  }

  public void expired(OffsetDateTime now) {
    status = ReferralStatus.EXPIRED;
    checkedAt = now;
  }

  public void checked(OffsetDateTime now) {
    checkedAt = now;
  }

  public Money qualifyingAmount() {
    return Money.of(qualifyingAmount, currency);
  }

  public Money joiningBonus() {
    return Money.of(joiningBonus, currency);
  }

  public Money referrerBonus() {
    return Money.of(referrerBonus, currency);
  }

  public String getRefereeId() {
    return refereeId;
  }

  public String getReferrerId() {
    return referrerId;
  }

  public String getCode() {
    return code;
  }

  public OffsetDateTime getJoinedAt() {
    return joinedAt;
  }

  public OffsetDateTime getQualifyUntil() {
    return qualifyUntil;
  }

  public String getCurrency() {
    return currency;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public OffsetDateTime getRewardedAt() {
    return rewardedAt;
  }
}
