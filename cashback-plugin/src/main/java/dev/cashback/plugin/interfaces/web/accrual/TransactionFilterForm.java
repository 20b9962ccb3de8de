package dev.cashback.plugin.interfaces.web.accrual;

import dev.cashback.plugin.domain.accrual.CashbackStatus;
import dev.cashback.plugin.domain.accrual.TransactionFilter;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The Transaction list's advanced filter as a form: target type (course, bundle or product), start
 * date, end date, status, and user name (its beginning, any case). Dates are whole days in the
 * plugin's time zone, the end date included. The instructor's course cashback uses it whole, the
 * History list its user name and dates.
 */
public class TransactionFilterForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String itemType;
  private LocalDate startDate;
  private LocalDate endDate;
  private CashbackStatus status;
  private String userName;
  private boolean expiredOnly;
  private String currency;

  public TransactionFilter toFilter(ZoneId zone) {
    return TransactionFilter.of(
        itemType, startDate, endDate, status, userName, expiredOnly, currency, zone);
  }

  public void reset() {
    itemType = null;
    startDate = null;
    endDate = null;
    status = null;
    userName = null;
    expiredOnly = false;
    currency = null;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public boolean isExpiredOnly() {
    return expiredOnly;
  }

  public void setExpiredOnly(boolean expiredOnly) {
    this.expiredOnly = expiredOnly;
  }

  public List<CashbackStatus> getStatuses() {
    return List.of(CashbackStatus.values());
  }

  public List<String> getItemTypes() {
    return TransactionFilter.ITEM_TYPES;
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
}
