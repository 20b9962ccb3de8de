package dev.cashback.plugin.domain.shared;

/**
 * Texts the plugin stores and shows (titles, reasons, names) are plain text: no markup and no
 * control characters. Pages escape what they show anyway; refusing markup at the door also keeps
 * exports, e-mails and other hosts' pages that show these texts safe.
 */
public final class PlainText {

  private PlainText() {}

  /** True for null and for text without {@code <}, {@code >} or control characters. */
  public static boolean isPlain(String text) {
    return text == null
        || text.chars()
            .noneMatch(c -> c == '<' || c == '>' || (Character.isISOControl(c) && c != '\t'));
  }
}
