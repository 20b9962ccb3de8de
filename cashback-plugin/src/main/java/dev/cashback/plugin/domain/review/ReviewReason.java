package dev.cashback.plugin.domain.review;

/** Which limit sent a cashback to review. */
public enum ReviewReason {
  PURCHASES_PER_DAY,
  PURCHASES_PER_MONTH,
  CASHBACK_PER_DAY,
  CASHBACK_PER_MONTH,
  OVER_THRESHOLD,
  OWN_COURSE
}
