package dev.cashback.plugin.domain.accrual;

import java.time.OffsetDateTime;

/**
 * Where a page of a newest-first list ended: the last row's creation time and id. The next page
 * starts strictly after it, so paging deep into a long list costs the same as the first page and
 * rows added meanwhile neither repeat nor go missing.
 */
public record TransactionCursor(OffsetDateTime createdAt, long id) {

  public static TransactionCursor after(CashbackTransaction last) {
    return new TransactionCursor(last.getCreatedAt(), last.getId());
  }
}
