package dev.cashback.plugin.interfaces.web.accrual;

import dev.cashback.plugin.application.accrual.CashbackReports;
import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.TransactionFilter;
import dev.cashback.plugin.interfaces.web.shared.FilteredRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The instructor's read-only view of cashback granted on their own courses, with the same filter as
 * the admin's list. The application layer scopes every query to the signed-in instructor.
 */
@Named
@ViewScoped
public class ListCourseCashback implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CashbackReports reports;
  @Inject CashbackConfig settings;

  private final TransactionFilterForm form = new TransactionFilterForm();

  private final FilteredRows<CashbackTransaction> transactions =
      new FilteredRows<CashbackTransaction>(
              (first, max) -> reports.myCoursesTransactions(filter(), first, max),
              () -> reports.countMyCoursesTransactions(filter()),
              tx -> String.valueOf(tx.getId()))
          .countedOncePer(this::filter, CashbackReports.COUNT_LIMIT);

  private TransactionFilter filter() {
    return form.toFilter(settings.zone());
  }

  public FilteredRows<CashbackTransaction> getTransactions() {
    return transactions;
  }

  public TransactionFilterForm getForm() {
    return form;
  }
}
