package dev.cashback.plugin.domain.accrual;

import java.time.OffsetDateTime;

/**
 * The Transaction page's advanced filter: target type (the kind of item bought), a date range on
 * when the cashback was granted, status and user name (its beginning, any case). Null fields do not
 * filter. {@code userId} and {@code instructorId} scope the list to one learner or instructor.
 */
public record TransactionFilter(
    String itemType,
    OffsetDateTime from,
    OffsetDateTime until,
    CashbackStatus status,
    String userName,
    String userId,
    String instructorId) {

  public static TransactionFilter none() {
    return new TransactionFilter(null, null, null, null, null, null, null);
  }

  public TransactionFilter forUser(String user) {
    return new TransactionFilter(itemType, from, until, status, userName, user, instructorId);
  }

  public TransactionFilter forInstructor(String instructor) {
    return new TransactionFilter(itemType, from, until, status, userName, userId, instructor);
  }
}
