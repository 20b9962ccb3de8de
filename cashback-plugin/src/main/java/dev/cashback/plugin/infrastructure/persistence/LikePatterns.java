package dev.cashback.plugin.infrastructure.persistence;

import java.util.Locale;

/** LIKE patterns for "starts with, any case", in which typed %, _ and \ match only themselves. */
final class LikePatterns {

  private LikePatterns() {}

  /** The pattern for a lower-cased column (used with ESCAPE '\'): the text, escaped, then %. */
  static String startsWith(String text) {
    return text.toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_")
        + "%";
  }
}
