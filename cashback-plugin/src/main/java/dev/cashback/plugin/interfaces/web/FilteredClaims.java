package dev.cashback.plugin.interfaces.web;

import dev.cashback.plugin.domain.network.MissingCashbackClaim;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazily loaded page of missing-cashback claims under the page's current filter: the database
 * returns one page at a time.
 */
public class FilteredClaims extends LazyDataModel<MissingCashbackClaim> {

  private static final long serialVersionUID = 1L;

  /** Loads one page under the page's filter. */
  public interface PageLoader extends Serializable {
    List<MissingCashbackClaim> load(int first, int max);
  }

  /** Counts what the page's filter selects. */
  public interface Counter extends Serializable {
    long count();
  }

  private final PageLoader loader;
  private final Counter counter;

  public FilteredClaims(PageLoader loader, Counter counter) {
    this.loader = loader;
    this.counter = counter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(counter.count());
  }

  @Override
  public List<MissingCashbackClaim> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return loader.load(first, pageSize);
  }

  @Override
  public String getRowKey(MissingCashbackClaim claim) {
    return String.valueOf(claim.getId());
  }

  @Override
  public MissingCashbackClaim getRowData(String rowKey) {
    return getWrappedData().stream()
        .filter(c -> String.valueOf(c.getId()).equals(rowKey))
        .findFirst()
        .orElse(null);
  }
}
