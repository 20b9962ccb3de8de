package dev.cashback.plugin.interfaces.web;

import dev.cashback.plugin.application.CashbackReports;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The instructor's read-only view of cashback granted on their own courses. */
@Named
@RequestScoped
public class CourseCashback {

  @Inject CashbackReports reports;

  private List<CashbackTransaction> transactions;

  public List<CashbackTransaction> getTransactions() {
    if (transactions == null) {
      transactions = reports.myCoursesCashback();
    }
    return transactions;
  }
}
