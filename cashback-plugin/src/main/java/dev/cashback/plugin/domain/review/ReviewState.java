package dev.cashback.plugin.domain.review;

/** A cashback sent to review waits for an admin, who approves or declines it, once. */
public enum ReviewState {
  WAITING,
  APPROVED,
  DECLINED
}
