package dev.cashback.plugin.interfaces.rest.shared;

import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.domain.accrual.CashbackStatus;
import dev.cashback.plugin.domain.accrual.TransactionCursor;
import dev.cashback.plugin.domain.accrual.TransactionFilter;
import dev.cashback.plugin.domain.shared.Money;
import jakarta.ws.rs.QueryParam;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Transaction page's advanced filter as query parameters, with keyset paging. Every parameter
 * is checked and each wrong one named, so a typo is a 400 rather than a silently unfiltered list.
 */
public class ListQuery {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  /** Each query parameter and what it does, for the OpenAPI document. */
  static final Map<String, String> PARAMETERS =
      new LinkedHashMap<>(
          Map.of(
              "targetType", "COURSE, BUNDLE or PRODUCT",
              "from", "First day (YYYY-MM-DD, the plugin's time zone), included",
              "to", "Last day (YYYY-MM-DD, the plugin's time zone), included",
              "status", "PENDING, CONFIRMED, DECLINED or REVERSED",
              "userName", "Start of the learner's name, any case",
              "expired", "true: only cashback of which some expired unspent",
              "currency", "ISO 4217 code, e.g. USD: only cashback in that currency",
              "limit", "Rows per page, 1 to 200 (default 50)",
              "after", "The next cursor of the previous page"));

  @QueryParam("targetType")
  String targetType;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("status")
  String status;

  @QueryParam("userName")
  String userName;

  @QueryParam("expired")
  String expired;

  @QueryParam("currency")
  String currency;

  @QueryParam("limit")
  public String limit;

  @QueryParam("after")
  String after;

  /** The filter, or every wrong parameter named in an {@link InvalidInputException}. */
  public TransactionFilter filter(ZoneId zone) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (targetType != null && !TransactionFilter.ITEM_TYPES.contains(targetType)) {
      errors.put(
          "targetType",
          "Target type is one of " + String.join(", ", TransactionFilter.ITEM_TYPES) + ".");
    }
    CashbackStatus wanted = choice(CashbackStatus.class, "status", status, errors);
    LocalDate start = date("from", from, errors);
    LocalDate end = date("to", to, errors);
    if (start != null && end != null && end.isBefore(start)) {
      errors.put("to", "The end date must not be before the start date.");
    }
    String name = userName == null || userName.isBlank() ? null : userName.strip();
    if (name != null && name.length() > 100) {
      errors.put("userName", "Keep the user name within 100 characters.");
    }
    if (expired != null && !expired.equals("true") && !expired.equals("false")) {
      errors.put("expired", "Expired is true or false.");
    }
    if (currency != null && !currency.isBlank() && !Money.isCurrency(currency.strip())) {
      errors.put("currency", "Currency is an ISO 4217 code such as USD.");
    }
    limit(errors);
    cursor(errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return TransactionFilter.of(
        targetType, start, end, wanted, name, "true".equals(expired), currency, zone);
  }

  public int limit() {
    return limit(new LinkedHashMap<>());
  }

  public TransactionCursor cursor() {
    return cursor(new LinkedHashMap<>());
  }

  private int limit(Map<String, String> errors) {
    return limit(limit, errors);
  }

  /**
   * The rows per page a {@code limit} parameter asks for; a wrong one is named in {@code errors}.
   */
  public static int limit(String limit, Map<String, String> errors) {
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int rows = Integer.parseInt(limit);
      if (rows >= 1 && rows <= MAX_LIMIT) {
        return rows;
      }
    } catch (NumberFormatException e) {
    }
    errors.put("limit", "Limit is a whole number from 1 to " + MAX_LIMIT + ".");
    return DEFAULT_LIMIT;
  }

  /**
   * The constant of {@code type} a filter parameter names (null when absent); a wrong one is named
   * in {@code errors} under {@code field}, with the values it may take.
   */
  public static <E extends Enum<E>> E choice(
      Class<E> type, String field, String value, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      String label = Character.toUpperCase(field.charAt(0)) + field.substring(1);
      errors.put(field, label + " is one of " + java.util.List.of(type.getEnumConstants()) + ".");
      return null;
    }
  }

  /**
   * The rows to skip an {@code offset} parameter asks for; a wrong one is named in {@code errors}.
   */
  public static int offset(String offset, Map<String, String> errors) {
    if (offset == null || offset.isBlank()) {
      return 0;
    }
    try {
      int skip = Integer.parseInt(offset.strip());
      if (skip >= 0) {
        return skip;
      }
    } catch (NumberFormatException e) {
    }
    errors.put("offset", "Offset is a whole number from 0.");
    return 0;
  }

  private TransactionCursor cursor(Map<String, String> errors) {
    if (after == null || after.isBlank()) {
      return null;
    }
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split("\\|");
      return new TransactionCursor(
          Instant.parse(parts[0]).atOffset(ZoneOffset.UTC), Long.parseLong(parts[1]));
    } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
      errors.put("after", "Pass the next cursor of the previous page unchanged.");
      return null;
    }
  }

  /** The cursor that continues after {@code last}. */
  public static String encode(TransactionCursor last) {
    String raw = last.createdAt().toInstant() + "|" + last.id();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static LocalDate date(String field, String value, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, "Give the date as YYYY-MM-DD.");
      return null;
    }
  }
}
