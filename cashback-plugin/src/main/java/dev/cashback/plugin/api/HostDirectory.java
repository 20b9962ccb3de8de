package dev.cashback.plugin.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the plugin asks the host about its own catalogue and people, to check the targets and
 * audiences an admin picks for a rule. A host provides one CDI bean implementing it; without one,
 * any id is accepted.
 */
public interface HostDirectory {

  /**
   * Whether the host has a target of this type ({@code COURSE}, {@code CATEGORY}, {@code
   * INSTRUCTOR}, {@code BUNDLE}) with this id.
   */
  boolean hasTarget(String targetType, String targetId);

  boolean hasUser(String userId);

  boolean hasGroup(String groupId);

  /**
   * The user's e-mail address, for the plugin's messages (cashback pending, confirmed, payouts).
   * Empty when the host does not know it; the message is then kept in the outbox, unsent.
   */
  default Optional<String> emailOf(String userId) {
    return Optional.empty();
  }

  /**
   * The language the user reads, for the plugin's e-mails to them. Empty when the host does not
   * know it; the plugin then writes in its configured language ({@code cashback.mail.language}).
   */
  default Optional<Locale> languageOf(String userId) {
    return Optional.empty();
  }

  /**
   * The purchase this user would make buying these courses now, priced as the host would price it,
   * for the admin's rule preview; nothing is bought. Empty when the host offers no preview.
   */
  default Optional<PurchaseCompleted> previewPurchase(String userId, List<String> courseIds) {
    return Optional.empty();
  }
}
