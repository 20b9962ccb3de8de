package dev.cashback.plugin.application.shared;

import dev.cashback.plugin.domain.shared.Reason;

/**
 * The check of an admin's reason at the door of a use case: text that is not a {@link Reason} is
 * refused on the {@code reason} field with the one message every action gives.
 */
public final class Reasons {

  private Reasons() {}

  /** The reason an action needs, stripped. */
  public static String required(String text) {
    if (!Reason.isReason(text)) {
      throw new InvalidInputException("reason", Reason.RULE);
    }
    return new Reason(text).text();
  }

  /** The reason an action may have, stripped; null when none is given. */
  public static String optional(String text) {
    return text == null || text.isBlank() ? null : required(text);
  }
}
