package dev.cashback.plugin.interfaces.web.accrual;

import dev.cashback.plugin.application.accrual.AdminActions;
import dev.cashback.plugin.application.accrual.CashbackReports;
import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.TransactionCursor;
import dev.cashback.plugin.domain.accrual.TransactionFilter;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.interfaces.web.shared.AdminListColumns;
import dev.cashback.plugin.interfaces.web.shared.CashbackUi;
import dev.cashback.plugin.interfaces.web.shared.Downloads;
import dev.cashback.plugin.interfaces.web.shared.FilteredRows;
import dev.cashback.plugin.interfaces.web.shared.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * Cashback → Transaction: the advanced filter (target type, start date, end date, status, user
 * name) over a lazily loaded list, the Refund action with its dialog, and the export of every
 * transaction the filter selects.
 */
@Named
@ViewScoped
public class ListTransactions implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CashbackReports reports;
  @Inject AdminActions admin;
  @Inject CashbackConfig settings;
  @Inject CashbackUi ui;

  private final TransactionFilterForm form = new TransactionFilterForm();

  /** The page to open at (from 1), so a list position can be linked to. */
  private int page = 1;

  private Long refundId;
  private BigDecimal refundAmount;
  private String refundReason;

  private final FilteredRows<TransactionRow> transactions =
      new FilteredRows<TransactionRow>(
              (first, max) ->
                  reports.transactions(filter(), first, max).stream()
                      .map(tx -> TransactionRow.of(tx, ui))
                      .toList(),
              () -> reports.countTransactions(filter()),
              row -> String.valueOf(row.getId()))
          .countedOncePer(this::filter, CashbackReports.COUNT_LIMIT);

  public FilteredRows<TransactionRow> getTransactions() {
    return transactions;
  }

  /**
   * Every transaction the filter selects, newest first, as CSV or XLSX: read a page at a time after
   * the last row written (the page's row count stops at {@link CashbackReports#COUNT_LIMIT}; the
   * export does not).
   */
  public StreamedContent export(String format) {
    TransactionFilter selected = filter();
    return Downloads.table(
        "cashback-transactions",
        format,
        AdminListColumns.transactions(ui),
        (first, last, max) ->
            reports.transactionsAfter(
                selected, last == null ? null : TransactionCursor.after(last), max));
  }

  TransactionFilter filter() {
    return form.toFilter(settings.zone());
  }

  public TransactionFilterForm getForm() {
    return form;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(1, page);
  }

  /** Index of the first row shown, for the table's first page. */
  public int getFirst() {
    return (page - 1) * ROWS;
  }

  public static final int ROWS = 20;

  /** Opens the refund dialog for one transaction, with all that is left as the amount. */
  public void prepareRefund(TransactionRow row) {
    CashbackTransaction tx = row.getTx();
    refundId = tx.getId();
    refundAmount = tx.outstanding().amount();
    refundReason = null;
  }

  /** Whether a row's Refund opened the dialog: its fields render only then. */
  public boolean isRefundPrepared() {
    return refundId != null;
  }

  public void refund() {
    try {
      Money refunded = admin.refund(refundId, refundAmount, refundReason);
      PageMessages.info("message.refunded", ui.money(refunded));
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of("amount", "refundForm:amount", "reason", "refundForm:reason"));
    }
  }

  public BigDecimal getRefundAmount() {
    return refundAmount;
  }

  public void setRefundAmount(BigDecimal refundAmount) {
    this.refundAmount = refundAmount;
  }

  public String getRefundReason() {
    return refundReason;
  }

  public void setRefundReason(String refundReason) {
    this.refundReason = refundReason;
  }
}
