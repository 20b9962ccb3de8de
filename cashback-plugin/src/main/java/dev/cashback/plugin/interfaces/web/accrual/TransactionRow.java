package dev.cashback.plugin.interfaces.web.accrual;

import dev.cashback.plugin.domain.accrual.CashbackStatus;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.interfaces.web.shared.CashbackUi;
import java.io.Serializable;

/**
 * One row of the Transaction list, its cells formatted once when the page of rows is loaded. The
 * table reads them as properties: a method call in an expression ({@code cashbackUi.money(…)},
 * {@code 'status.'.concat(…)}, {@code tx.outstanding()}) is looked up by reflection on every call,
 * several times a row, which was a fifth of the table's render time.
 */
public class TransactionRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final CashbackTransaction tx;
  private final String amount;
  private final String cashback;
  private final String reversed;
  private final String date;
  private final boolean refundable;

  private TransactionRow(CashbackTransaction tx, CashbackUi ui) {
    this.tx = tx;
    this.amount = ui.money(tx.getPurchaseAmount(), tx.getCurrency());
    this.cashback = ui.money(tx.getCashbackAmount(), tx.getCurrency());
    this.reversed =
        tx.getReversedAmount().signum() > 0
            ? ui.money(tx.getReversedAmount(), tx.getCurrency())
            : null;
    this.date = ui.dateTime(tx.getCreatedAt());
    this.refundable = tx.outstanding().isPositive();
  }

  public static TransactionRow of(CashbackTransaction tx, CashbackUi ui) {
    return new TransactionRow(tx, ui);
  }

  /** The transaction itself, for its plain fields (user, product, description). */
  public CashbackTransaction getTx() {
    return tx;
  }

  public Long getId() {
    return tx.getId();
  }

  public String getAmount() {
    return amount;
  }

  public String getCashback() {
    return cashback;
  }

  /** What was reversed of the cashback, formatted; null when nothing was. */
  public String getReversed() {
    return reversed;
  }

  public String getDate() {
    return date;
  }

  /** The status' key in the message bundle. */
  public String getStatusKey() {
    return "status." + tx.getStatus();
  }

  /** The status tag's colour: waiting, credited, or taken back. */
  public String getSeverity() {
    CashbackStatus status = tx.getStatus();
    return status == CashbackStatus.PENDING
        ? "warning"
        : status == CashbackStatus.CONFIRMED ? "success" : "danger";
  }

  /** Whether any cashback is left to refund. */
  public boolean isRefundable() {
    return refundable;
  }
}
