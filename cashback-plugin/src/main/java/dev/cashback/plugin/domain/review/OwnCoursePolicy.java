package dev.cashback.plugin.domain.review;

/** What an instructor buying one of their own courses earns on it. */
public enum OwnCoursePolicy {
  /** Nothing: the course is left out of the purchase's cashback (the default). */
  NOTHING,
  /** Cashback as anyone would, held for an admin's review. */
  REVIEW,
  /** Cashback as anyone would. */
  EARN
}
