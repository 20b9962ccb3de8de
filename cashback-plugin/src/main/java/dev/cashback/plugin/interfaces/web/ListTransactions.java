package dev.cashback.plugin.interfaces.web;

import dev.cashback.plugin.application.CashbackReports;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Cashback → Transaction: every cashback transaction, newest first, loaded a page at a time. */
@Named
@ViewScoped
public class ListTransactions implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CashbackReports reports;

  private final LazyDataModel<CashbackTransaction> transactions = new Page();

  public LazyDataModel<CashbackTransaction> getTransactions() {
    return transactions;
  }

  private class Page extends LazyDataModel<CashbackTransaction> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(reports.countTransactions());
    }

    @Override
    public List<CashbackTransaction> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return reports.allTransactions(first, pageSize);
    }

    @Override
    public String getRowKey(CashbackTransaction transaction) {
      return String.valueOf(transaction.getId());
    }

    @Override
    public CashbackTransaction getRowData(String rowKey) {
      return getWrappedData().stream()
          .filter(tx -> String.valueOf(tx.getId()).equals(rowKey))
          .findFirst()
          .orElse(null);
    }
  }
}
