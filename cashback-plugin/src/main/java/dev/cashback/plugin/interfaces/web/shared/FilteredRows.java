package dev.cashback.plugin.interfaces.web.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Every lazily loaded list of the pages (transactions, learners, claims, referrals, refused events)
 * under the page's current filter: the database returns one page at a time, never the whole list. A
 * list whose count is dear (a capped count over a large table) counts once per filter instead of on
 * every page: see {@link #countedOncePer}.
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

  /** The page's filter as it is now. */
  public interface CurrentFilter extends Supplier<Object>, Serializable {}

  private final PageLoader<T> loader;
  private final Counter counter;
  private final RowKey<T> key;

  private CurrentFilter countedPer;
  private long countCap = Long.MAX_VALUE;
  private Object countedFilter;
  private int counted;
  private boolean countKnown;

  public FilteredRows(PageLoader<T> loader, Counter counter, RowKey<T> key) {
    this.loader = loader;
    this.counter = counter;
    this.key = key;
  }

  /**
   * Counts once per value of {@code filter} rather than on every page; a count that reaches {@code
   * cap} (where the counter stops) is {@linkplain #isCountCapped capped}.
   */
  public FilteredRows<T> countedOncePer(CurrentFilter filter, long cap) {
    this.countedPer = filter;
    this.countCap = cap;
    return this;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    if (countedPer == null) {
      return Math.toIntExact(counter.count());
    }
    Object current = countedPer.get();
    if (!countKnown || !Objects.equals(current, countedFilter)) {
      counted = Math.toIntExact(counter.count());
      countedFilter = current;
      countKnown = true;
    }
    return counted;
  }

  /**
   * Whether the count stopped at its cap: the page then says "1000+" rather than a total that is
   * not the whole list.
   */
  public boolean isCountCapped() {
    return countKnown && counted >= countCap;
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
