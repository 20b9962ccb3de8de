package dev.cashback.plugin.domain.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One signed amount on one account; the entries of a journal sum to zero. */
@Entity
@Table(name = "cb_entry")
public class LedgerEntry {

  @Id
  @SequenceGenerator(name = "cb_entry_seq", sequenceName = "cb_entry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cb_entry_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "journal_id")
  private Journal journal;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  private LedgerAccount account;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  protected LedgerEntry() {}

  LedgerEntry(Journal journal, LedgerAccount account, BigDecimal amount) {
    this.journal = journal;
    this.account = account;
    this.amount = amount;
  }

  public LedgerAccount getAccount() {
    return account;
  }

  public BigDecimal getAmount() {
    return amount;
  }
}
