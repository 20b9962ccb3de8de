package dev.cashback.plugin.interfaces.web.referral;

import dev.cashback.plugin.application.referral.ReferralReports;
import dev.cashback.plugin.domain.referral.ReferralStatus;
import dev.cashback.plugin.interfaces.web.shared.AdminListColumns;
import dev.cashback.plugin.interfaces.web.shared.CashbackUi;
import dev.cashback.plugin.interfaces.web.shared.Downloads;
import dev.cashback.plugin.interfaces.web.shared.FilteredRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The admin's Referrals page: a lazily loaded list filtered by status and user (referee or
 * referrer), each referee's confirmed purchases against the qualifying amount, exported as CSV or
 * XLSX (every referral the filter selects).
 */
@Named
@ViewScoped
public class ListReferrals implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReferralReports reports;
  @Inject CashbackUi ui;

  private ReferralStatus status;
  private String user;

  private final FilteredRows<ReferralReports.Progress> list =
      new FilteredRows<>(
          (first, max) -> reports.search(status, user, first, max),
          () -> reports.count(status, user),
          row -> row.referral().getRefereeId());

  public FilteredRows<ReferralReports.Progress> getReferrals() {
    return list;
  }

  public List<ReferralStatus> getStatuses() {
    return List.of(ReferralStatus.values());
  }

  /** Every referral the filter selects, as CSV or XLSX, read and written a page at a time. */
  public StreamedContent export(String format) {
    ReferralStatus selectedStatus = status;
    String selectedUser = user;
    return Downloads.table(
        "cashback-referrals",
        format,
        AdminListColumns.referrals(ui),
        (first, last, max) -> reports.search(selectedStatus, selectedUser, first, max));
  }

  public void filter() {
    // the list reads the filter on its next load
  }

  public void reset() {
    status = null;
    user = null;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public void setStatus(ReferralStatus status) {
    this.status = status;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }
}
