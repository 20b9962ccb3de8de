package dev.cashback.plugin.domain.accrual;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The Transaction page's advanced filter: target type (the kind of item bought), a date range on
 * when the cashback was granted, status and user name (its beginning, any case), and whether any of
 * it expired unspent. Null fields do not filter. {@code userId} and {@code instructorId} scope the
 * list to one learner or instructor.
 */
public record TransactionFilter(
    String itemType,
    OffsetDateTime from,
    OffsetDateTime until,
    CashbackStatus status,
    String userName,
    String userId,
    String instructorId,
    boolean expiredOnly,
    String currency) {

  /** The kinds of item bought a filter may name. */
  public static final List<String> ITEM_TYPES = List.of("COURSE", "BUNDLE", "PRODUCT");

  /**
   * The filter as pages and the API take it: whole days in {@code zone}, the last day included, and
   * the start of a user name (a blank one does not filter). Null fields do not filter.
   */
  public static TransactionFilter of(
      String itemType,
      LocalDate firstDay,
      LocalDate lastDay,
      CashbackStatus status,
      String userName,
      boolean expiredOnly,
      String currency,
      ZoneId zone) {
    return new TransactionFilter(
        itemType,
        firstDay == null ? null : firstDay.atStartOfDay(zone).toOffsetDateTime(),
        lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toOffsetDateTime(),
        status,
        userName == null || userName.isBlank() ? null : userName.strip(),
        null,
        null,
        expiredOnly,
        currency == null || currency.isBlank() ? null : currency.strip().toUpperCase());
  }

  public static TransactionFilter none() {
    return new TransactionFilter(null, null, null, null, null, null, null, false, null);
  }

  public TransactionFilter forUser(String user) {
    return new TransactionFilter(
        itemType, from, until, status, userName, user, instructorId, expiredOnly, currency);
  }

  public TransactionFilter forInstructor(String instructor) {
    return new TransactionFilter(
        itemType, from, until, status, userName, userId, instructor, expiredOnly, currency);
  }
}
