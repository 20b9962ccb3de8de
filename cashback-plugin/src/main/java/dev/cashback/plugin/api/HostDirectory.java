package dev.cashback.plugin.api;

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
}
