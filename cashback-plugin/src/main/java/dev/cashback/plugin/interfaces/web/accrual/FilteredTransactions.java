package dev.cashback.plugin.interfaces.web.accrual;

import dev.cashback.plugin.application.accrual.CashbackReports;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.TransactionFilter;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazily loaded page of cashback transactions under the page's current filter: the database
 * returns one page at a time, never the whole list.
 */
public class FilteredTransactions extends LazyDataModel<CashbackTransaction> {

  private static final long serialVersionUID = 1L;

  /** Loads one page. */
  public interface PageLoader extends Serializable {
    List<CashbackTransaction> load(TransactionFilter filter, int first, int max);
  }

  /** Counts what the filter selects. */
  public interface Counter extends Serializable {
    long count(TransactionFilter filter);
  }

  /** The filter as the page holds it now. */
  public interface CurrentFilter extends Supplier<TransactionFilter>, Serializable {}

  private final PageLoader loader;
  private final Counter counter;
  private final CurrentFilter filter;

  public FilteredTransactions(PageLoader loader, Counter counter, CurrentFilter filter) {
    this.loader = loader;
    this.counter = counter;
    this.filter = filter;
  }

  private TransactionFilter countedFilter;
  private int counted;

  /** Counted once per filter, not on every page. */
  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    TransactionFilter current = filter.get();
    if (!current.equals(countedFilter)) {
      counted = Math.toIntExact(counter.count(current));
      countedFilter = current;
    }
    return counted;
  }

  /**
   * Whether the count stopped at {@link CashbackReports#COUNT_LIMIT}: the page then says "10000+"
   * rather than a total that is not the whole list.
   */
  public boolean isCountCapped() {
    return countedFilter != null && counted >= CashbackReports.COUNT_LIMIT;
  }

  @Override
  public List<CashbackTransaction> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return loader.load(filter.get(), first, pageSize);
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
