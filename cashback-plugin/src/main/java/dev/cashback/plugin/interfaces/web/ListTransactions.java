package dev.cashback.plugin.interfaces.web;

import dev.cashback.plugin.application.AdminActions;
import dev.cashback.plugin.application.CashbackReports;
import dev.cashback.plugin.application.CashbackSettings;
import dev.cashback.plugin.domain.accrual.CashbackStatus;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.TransactionFilter;
import dev.cashback.plugin.domain.shared.Money;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Cashback → Transaction: the seed's advanced filter (target type, start date, end date, status,
 * user name) over a lazily loaded list, and the Refund action with its dialog.
 */
@Named
@ViewScoped
public class ListTransactions implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CashbackReports reports;
  @Inject AdminActions admin;
  @Inject CashbackSettings settings;
  @Inject CashbackUi ui;

  private String itemType;
  private LocalDate startDate;
  private LocalDate endDate;
  private CashbackStatus status;
  private String userName;

  private Long refundId;
  private BigDecimal refundAmount;
  private String refundReason;

  private final FilteredTransactions transactions =
      new FilteredTransactions(
          (filter, first, max) -> reports.transactions(filter, first, max),
          filter -> reports.countTransactions(filter),
          this::filter);

  public FilteredTransactions getTransactions() {
    return transactions;
  }

  TransactionFilter filter() {
    return new TransactionFilter(
        itemType,
        startDate == null ? null : startDate.atStartOfDay(settings.zone()).toOffsetDateTime(),
        endDate == null
            ? null
            : endDate.plusDays(1).atStartOfDay(settings.zone()).toOffsetDateTime(),
        status,
        userName == null || userName.isBlank() ? null : userName.strip(),
        null,
        null);
  }

  public void reset() {
    itemType = null;
    startDate = null;
    endDate = null;
    status = null;
    userName = null;
  }

  /** Opens the refund dialog for one transaction, with all that is left as the amount. */
  public void prepareRefund(CashbackTransaction tx) {
    refundId = tx.getId();
    refundAmount = tx.outstanding().amount();
    refundReason = null;
  }

  public void refund() {
    try {
      Money refunded = admin.refund(refundId, refundAmount, refundReason);
      PageMessages.info("Refunded", ui.money(refunded) + " of cashback was taken back.");
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of("amount", "refundForm:amount", "reason", "refundForm:reason"));
    }
  }

  public List<CashbackStatus> getStatuses() {
    return List.of(CashbackStatus.values());
  }

  public List<String> getItemTypes() {
    return List.of("COURSE", "BUNDLE", "PRODUCT");
  }

  public String getItemType() {
    return itemType;
  }

  public void setItemType(String itemType) {
    this.itemType = itemType;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public CashbackStatus getStatus() {
    return status;
  }

  public void setStatus(CashbackStatus status) {
    this.status = status;
  }

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
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
