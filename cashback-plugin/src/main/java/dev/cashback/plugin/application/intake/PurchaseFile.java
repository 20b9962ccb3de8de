package dev.cashback.plugin.application.intake;

import dev.cashback.plugin.api.Buyer;
import dev.cashback.plugin.api.ItemType;
import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseItem;
import dev.cashback.plugin.application.shared.InvalidInputException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A file of past purchases, as an admin imports it: comma-separated, a header naming the columns
 * (in any order), one row per purchased item, the rows of one purchase sharing its {@code
 * purchase_id}. Each purchase is read and checked on its own, exactly as a signed purchase is
 * ({@link PostedEventChecks}); one that fails is reported with its rows and the reason, and never
 * holds back the others.
 */
public final class PurchaseFile {

  /** The columns a file may have; the first seven are required. */
  public static final List<String> COLUMNS =
      List.of(
          "purchase_id",
          "occurred_at",
          "currency",
          "user_id",
          "target_id",
          "title",
          "unit_price",
          "user_name",
          "user_email",
          "item_type",
          "category_id",
          "instructor_id",
          "quantity",
          "discount");

  private static final int REQUIRED = 7;

  /** Purchases in one file. */
  public static final int MAX_PURCHASES = 10_000;

  /**
   * One purchase of the file: its rows (the lines of the file they start on, the header being 1),
   * and either the purchase, ready to import, or why it cannot be.
   */
  public record Entry(
      String rows,
      String purchaseId,
      String userId,
      int lines,
      BigDecimal total,
      String currency,
      PurchaseCompleted purchase,
      String problem)
      implements Serializable {

    public boolean isReady() {
      return purchase != null;
    }
  }

  private PurchaseFile() {}

  /**
   * The purchases of the file, in the order they first appear.
   *
   * @throws InvalidInputException ({@code file}) when it is not such a file at all: no rows, a
   *     required column missing, an unknown column, more than {@value #MAX_PURCHASES} purchases
   */
  public static List<Entry> read(String text) {
    List<CsvReader.Record> records;
    try {
      records = CsvReader.records(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "file", "The file is not comma-separated values: " + e.getMessage());
    }
    if (records.isEmpty()) {
      throw new InvalidInputException("file", "The file is empty.");
    }
    Map<String, Integer> column = header(records.get(0).fields());
    Map<String, List<Integer>> rowsOf = new LinkedHashMap<>();
    for (int r = 1; r < records.size(); r++) {
      String id = cell(records.get(r).fields(), column, "purchase_id");
      rowsOf.computeIfAbsent(id == null ? "" : id, k -> new ArrayList<>()).add(r);
    }
    if (rowsOf.size() > MAX_PURCHASES) {
      throw new InvalidInputException(
          "file", "A file holds at most " + MAX_PURCHASES + " purchases; split it.");
    }
    List<Entry> entries = new ArrayList<>();
    rowsOf.forEach((id, rows) -> entries.add(entry(id, rows, records, column)));
    return entries;
  }

  private static Map<String, Integer> header(List<String> names) {
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name)) {
        throw new InvalidInputException(
            "file", "Unknown column \u201c" + name + "\u201d; the columns are " + COLUMNS + ".");
      }
      column.put(name, i);
    }
    List<String> missing =
        COLUMNS.subList(0, REQUIRED).stream().filter(c -> !column.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException("file", "The header lacks the columns " + missing + ".");
    }
    return column;
  }

  private static Entry entry(
      String id, List<Integer> rows, List<CsvReader.Record> records, Map<String, Integer> column) {
    String numbers = rowNumbers(rows.stream().map(r -> records.get(r).line()).toList());
    List<String> first = records.get(rows.get(0)).fields();
    String userId = cell(first, column, "user_id");
    String currency = cell(first, column, "currency");
    try {
      if (id.isEmpty()) {
        throw new IllegalArgumentException("purchase_id is required.");
      }
      List<PurchaseItem> items = new ArrayList<>();
      BigDecimal total = BigDecimal.ZERO;
      for (int r : rows) {
        List<String> row = records.get(r).fields();
        int line = records.get(r).line();
        for (String shared : List.of("occurred_at", "currency", "user_id")) {
          if (!String.valueOf(cell(row, column, shared))
              .equals(String.valueOf(cell(first, column, shared)))) {
            throw new IllegalArgumentException(
                "row " + line + ": the rows of one purchase must have the same " + shared + ".");
          }
        }
        PurchaseItem item = item(row, column, line);
        items.add(item);
        total = total.add(item.lineTotal());
      }
      PostedPurchase posted =
          new PostedPurchase(
              id,
              new Buyer(
                  userId,
                  cell(first, column, "user_name"),
                  cell(first, column, "user_email"),
                  null,
                  Set.of()),
              items,
              currency,
              instant(cell(first, column, "occurred_at")),
              total);
      PurchaseCompleted purchase = PostedEventChecks.purchase(posted);
      return new Entry(numbers, id, userId, items.size(), total, currency, purchase, null);
    } catch (InvalidInputException e) {
      return refused(
          numbers, id, userId, rows.size(), currency, HostEventChecks.describe(e.fieldErrors()));
    } catch (IllegalArgumentException e) {
      return refused(numbers, id, userId, rows.size(), currency, e.getMessage());
    }
  }

  private static Entry refused(
      String rows, String id, String userId, int lines, String currency, String problem) {
    return new Entry(rows, id, userId, lines, null, currency, null, problem);
  }

  private static PurchaseItem item(List<String> row, Map<String, Integer> column, int number) {
    String type = cell(row, column, "item_type");
    ItemType itemType;
    try {
      itemType = type == null ? ItemType.COURSE : ItemType.valueOf(type.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "row " + number + ": item_type is COURSE, BUNDLE or PRODUCT.");
    }
    try {
      return new PurchaseItem(
          itemType,
          cell(row, column, "target_id"),
          cell(row, column, "title"),
          null,
          cell(row, column, "category_id"),
          cell(row, column, "instructor_id"),
          number(row, column, "unit_price"),
          quantity(row, column),
          number(row, column, "discount"),
          null);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("row " + number + ": " + e.getMessage() + ".");
    }
  }

  private static BigDecimal number(List<String> row, Map<String, Integer> column, String name) {
    String value = cell(row, column, name);
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " \u201c" + value + "\u201d is not a number");
    }
  }

  private static int quantity(List<String> row, Map<String, Integer> column) {
    String value = cell(row, column, "quantity");
    try {
      return value == null ? 1 : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "quantity \u201c" + value + "\u201d is not a whole number");
    }
  }

  private static Instant instant(String value) {
    try {
      return value == null ? null : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "occurred_at \u201c" + value + "\u201d is not a time such as 2026-03-01T09:30:00Z.");
    }
  }

  /** The cell, stripped; null when the row has none there or it is blank. */
  private static String cell(List<String> row, Map<String, Integer> column, String name) {
    Integer at = column.get(name);
    if (at == null || at >= row.size()) {
      return null;
    }
    String value = row.get(at).strip();
    return value.isEmpty() ? null : value;
  }

  /** The rows' lines in the file: "5", or "2–3" for a purchase of several rows. */
  private static String rowNumbers(List<Integer> lines) {
    int first = lines.get(0);
    int last = lines.get(lines.size() - 1);
    return lines.size() == 1 ? String.valueOf(first) : first + "\u2013" + last;
  }
}
