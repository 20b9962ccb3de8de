package dev.cashback.plugin.domain.shared;

/**
 * An admin's free-text reason for an action (a refund, a rejection, disabling a learner): plain
 * text of one to {@value #MAX_LENGTH} characters, without the white space around it. One rule for
 * every action, on pages and in the API alike.
 */
public record Reason(String text) {

  /** The most characters a reason may have (the columns that keep reasons hold this many). */
  public static final int MAX_LENGTH = 500;

  /** What a reason must be, said to whoever gave one that is not. */
  public static final String RULE = "Give a reason in plain text (at most 500 characters).";

  /** Refuses, with {@link #RULE}, text that is not a reason. */
  public Reason {
    if (!isReason(text)) {
      throw new IllegalArgumentException(RULE);
    }
    text = text.strip();
  }

  /** Whether {@code text} makes a reason. */
  public static boolean isReason(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    String stripped = text.strip();
    return stripped.length() <= MAX_LENGTH && PlainText.isPlain(stripped);
  }

  @Override
  public String toString() {
    return text;
  }
}
