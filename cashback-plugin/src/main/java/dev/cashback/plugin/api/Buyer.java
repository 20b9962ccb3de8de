package dev.cashback.plugin.api;

/**
 * Who bought: the host's user id (the same name the host's security context reports for the user)
 * and what the plugin may show of them in its lists.
 */
public record Buyer(String userId, String displayName, String email, String imageUrl) {

  public Buyer {
    Require.text(userId, "userId");
    displayName = displayName == null || displayName.isBlank() ? userId : displayName;
  }
}
