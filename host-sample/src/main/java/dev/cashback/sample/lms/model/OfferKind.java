package dev.cashback.sample.lms.model;

/** What a store offers: a deal (a price reached through the link) or a coupon (a code to enter). */
public enum OfferKind {
  DEAL,
  COUPON
}
