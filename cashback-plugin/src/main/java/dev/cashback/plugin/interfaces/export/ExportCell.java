package dev.cashback.plugin.interfaces.export;

/**
 * The one rule for a text cell in every CSV and XLSX the plugin writes. Names, titles, order ids
 * and user ids come from hosts and learners; a spreadsheet runs a cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} (or their full-width forms), and some read on past a leading
 * tab, carriage return or line feed. Such a text gets a leading apostrophe, which spreadsheets show
 * as text and never run (OWASP's advice on CSV injection). Other control characters are dropped:
 * they are invisible, and XLSX cannot hold them. Numbers are never passed through here, so a
 * negative amount stays a number.
 */
public final class ExportCell {

  /** What a neutralised text starts with. */
  public static final char NEUTRALISER = '\'';

  private static final String FORMULA_STARTS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

  private ExportCell() {}

  /** The text as it may go into a cell; empty for null. */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    StringBuilder kept = new StringBuilder(value.length() + 1);
    if (startsLikeFormula(value.charAt(0))) {
      kept.append(NEUTRALISER);
    }
    value
        .codePoints()
        .filter(c -> !Character.isISOControl(c) || c == '\t' || c == '\r' || c == '\n')
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static boolean startsLikeFormula(char first) {
    return FORMULA_STARTS.indexOf(first) >= 0 || Character.isISOControl(first);
  }
}
