package dev.cashback.plugin.api;

import java.io.Serializable;
import java.util.Set;

/**
 * Who bought: the host's user id (the same name the host's security context reports for the user),
 * what the plugin may show of them in its lists, and the host groups they belong to (for rules that
 * reward chosen groups).
 */
public record Buyer(
    String userId, String displayName, String email, String imageUrl, Set<String> groups)
    implements Serializable {

  public Buyer {
    Require.text(userId, "userId");
    displayName = displayName == null || displayName.isBlank() ? userId : displayName;
    groups = groups == null ? Set.of() : Set.copyOf(groups);
  }
}
