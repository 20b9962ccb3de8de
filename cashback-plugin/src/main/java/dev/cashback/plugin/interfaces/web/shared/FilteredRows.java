package dev.cashback.plugin.interfaces.web.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazily loaded page of rows (claims, referrals) under the page's current filter: the database
 * returns one page at a time.
 */
public class FilteredRows<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Loads one page under the page's filter. */
  public interface PageLoader<T> extends Serializable {
    List<T> load(int first, int max);
  }

  /** Counts what the page's filter selects. */
  public interface Counter extends Serializable {
    long count();
  }

  /** A row's key, unique in the list. */
  public interface RowKey<T> extends Serializable {
    String of(T row);
  }

  private final PageLoader<T> loader;
  private final Counter counter;
  private final RowKey<T> key;

  public FilteredRows(PageLoader<T> loader, Counter counter, RowKey<T> key) {
    this.loader = loader;
    this.counter = counter;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(counter.count());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return loader.load(first, pageSize);
  }

  @Override
  public String getRowKey(T row) {
    return key.of(row);
  }

  @Override
  public T getRowData(String rowKey) {
    return getWrappedData().stream()
        .filter(row -> key.of(row).equals(rowKey))
        .findFirst()
        .orElse(null);
  }
}
