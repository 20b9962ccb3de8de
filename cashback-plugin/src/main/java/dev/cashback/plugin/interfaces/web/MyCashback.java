package dev.cashback.plugin.interfaces.web;

import dev.cashback.plugin.application.CashbackReports;
import dev.cashback.plugin.domain.accrual.CashbackStatus;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;

/** The learner's own cashback: totals by status and every cashback with its reason. */
@Named
@RequestScoped
public class MyCashback {

  @Inject CashbackReports reports;

  private List<CashbackTransaction> transactions;

  public List<CashbackTransaction> getTransactions() {
    if (transactions == null) {
      transactions = reports.myCashback();
    }
    return transactions;
  }

  public Collection<Money> getPending() {
    return CashbackReports.totals(getTransactions(), CashbackStatus.PENDING).values();
  }

  public Collection<Money> getConfirmed() {
    return CashbackReports.totals(getTransactions(), CashbackStatus.CONFIRMED).values();
  }
}
