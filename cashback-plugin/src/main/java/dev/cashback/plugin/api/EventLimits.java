package dev.cashback.plugin.api;

/**
 * The largest ids, texts and orders the plugin accepts in {@link PurchaseCompleted}, {@link
 * PurchaseRefunded} and {@link CourseProgressed}. The records themselves accept anything
 * well-formed, so a host's checkout never fails on them; an event beyond these limits is refused by
 * the plugin (kept for admins with the reason) instead of being stored cut short.
 */
public final class EventLimits {

  /** Purchase, refund, user, target, category and instructor ids. */
  public static final int ID = 100;

  /** The buyer's display name. */
  public static final int NAME = 200;

  /** The buyer's e-mail address. */
  public static final int EMAIL = 254;

  /** An item's title. */
  public static final int TITLE = 300;

  /** Image addresses. */
  public static final int URL = 500;

  /** A refund's reason. */
  public static final int REASON = 500;

  /** Items in one purchase. */
  public static final int ITEMS = 100;

  /** Units of one item. */
  public static final int QUANTITY = 10_000;

  /** Host groups of one buyer (each at most {@link #ID} characters). */
  public static final int GROUPS = 100;

  /** Days of an item's refund window (ten years). */
  public static final int REFUND_WINDOW_DAYS = 3650;

  private EventLimits() {}
}
