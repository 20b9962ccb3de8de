package dev.cashback.plugin.interfaces.rest.accrual;

import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.TransactionCursor;
import dev.cashback.plugin.interfaces.rest.shared.ListQuery;
import java.util.List;

/**
 * One page of a newest-first list of cashback transactions. {@code next} is the cursor for the
 * following page (pass it as {@code after}); it is null on the last page.
 */
public record TransactionPage(List<TransactionJson> items, String next) {

  /**
   * The page from rows fetched one beyond {@code limit}: the extra row only tells that another page
   * exists, so no count is needed.
   */
  public static TransactionPage of(List<CashbackTransaction> rows, int limit) {
    List<CashbackTransaction> page = rows.subList(0, Math.min(limit, rows.size()));
    String next =
        rows.size() > limit ? ListQuery.encode(TransactionCursor.after(page.get(limit - 1))) : null;
    return new TransactionPage(page.stream().map(TransactionJson::of).toList(), next);
  }
}
