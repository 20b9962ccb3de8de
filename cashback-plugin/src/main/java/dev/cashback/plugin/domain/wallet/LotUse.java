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

/**
 * What one journal took from a lot (positive) or gave back to it (negative), so a returned spend or
 * a rejected payout goes back to the lots it came from.
 */
@Entity
@Table(name = "cb_lot_use")
public class LotUse {

  @Id
  @SequenceGenerator(name = "cb_lot_use_seq", sequenceName = "cb_lot_use_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cb_lot_use_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lot_id")
  private CashbackLot lot;

  @Column(name = "journal_id", nullable = false)
  private Long journalId;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  protected LotUse() {}

  public LotUse(CashbackLot lot, Long journalId, BigDecimal amount) {
    this.lot = lot;
    this.journalId = journalId;
    this.amount = amount;
  }
}
