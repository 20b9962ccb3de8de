package dev.cashback.plugin.domain.shared;

/**
 * An e-mail address shown to someone it does not belong to: the first two letters of the mailbox
 * and the domain, {@code an***@example.com}, enough to recognise a friend, not to write to them.
 */
public final class MaskedEmail {

  private static final String HIDDEN = "***";

  private MaskedEmail() {}

  /** The address masked; text without an {@code @} keeps only its first two letters too. */
  public static String of(String address) {
    String text = address == null ? "" : address.strip();
    int at = text.lastIndexOf('@');
    String local = at < 0 ? text : text.substring(0, at);
    String domain = at < 0 ? "" : text.substring(at);
    int shown = local.length() > 3 ? 2 : Math.min(1, local.length());
    return local.substring(0, shown) + HIDDEN + domain;
  }
}
