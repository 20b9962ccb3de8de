package dev.cashback.plugin.domain.wallet;

import dev.cashback.plugin.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One account of one owner (a learner's user id, or {@link #PLATFORM}) in one currency. Learner
 * accounts keep their balance up to date with each entry; it always equals the sum of their entries
 * (the ledger audit checks it).
 */
@Entity
@Table(name = "cb_account")
public class LedgerAccount {

  public static final String PLATFORM = "#platform";

  @Id private Long id;

  @Column(name = "owner_id", nullable = false, length = 100)
  private String ownerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private AccountKind kind;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(nullable = false)
  private boolean materialised;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal balance = BigDecimal.ZERO;

  protected LedgerAccount() {}

  void post(Money amount) {
    if (materialised) {
      balance = balance.add(amount.amount());
    }
  }

  /** The materialised balance; meaningful for learner accounts only. */
  public Money balance() {
    return Money.of(balance, currency);
  }

  public Long getId() {
    return id;
  }

  public String getOwnerId() {
    return ownerId;
  }

  public AccountKind getKind() {
    return kind;
  }

  public String getCurrency() {
    return currency;
  }

  public boolean isMaterialised() {
    return materialised;
  }
}
