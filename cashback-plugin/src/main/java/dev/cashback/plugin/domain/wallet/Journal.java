package dev.cashback.plugin.domain.wallet;

import dev.cashback.plugin.domain.shared.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One movement of money, as balanced entries: every {@link #move} debits one account and credits
 * another by the same amount, so a journal always sums to zero. A correction is a new journal,
 * never an edit.
 */
@Entity
@Table(name = "cb_journal")
public class Journal {

  @Id
  @SequenceGenerator(name = "cb_journal_seq", sequenceName = "cb_journal_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cb_journal_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private JournalKind kind;

  @Column(name = "transaction_id")
  private Long transactionId;

  @Column(length = 200)
  private String reference;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @OneToMany(mappedBy = "journal", cascade = CascadeType.PERSIST)
  private List<LedgerEntry> entries = new ArrayList<>();

  protected Journal() {}

  public Journal(JournalKind kind, Long transactionId, String reference, OffsetDateTime createdAt) {
    this.kind = kind;
    this.transactionId = transactionId;
    this.reference = reference;
    this.createdAt = createdAt;
  }

  /** Moves {@code amount} from one account to another (both in its currency). */
  public Journal move(LedgerAccount from, LedgerAccount to, Money amount) {
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a movement is of a positive amount, not " + amount);
    }
    if (!from.getCurrency().equals(amount.currencyCode())
        || !to.getCurrency().equals(amount.currencyCode())) {
      throw new IllegalArgumentException("accounts and amount must share a currency");
    }
    entries.add(new LedgerEntry(this, from, amount.amount().negate()));
    entries.add(new LedgerEntry(this, to, amount.amount()));
    from.post(Money.of(amount.amount().negate(), amount.currency()));
    to.post(amount);
    return this;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public BigDecimal sum() {
    return entries.stream().map(LedgerEntry::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public List<LedgerEntry> getEntries() {
    return List.copyOf(entries);
  }

  public JournalKind getKind() {
    return kind;
  }

  public Long getId() {
    return id;
  }

  public Long getTransactionId() {
    return transactionId;
  }

  public String getReference() {
    return reference;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
