package dev.cashback.plugin.domain.payout;

/** The kinds of payout the journey names. */
public enum PayoutType {
  GIFT_VOUCHER,
  UPI,
  BANK_TRANSFER,
  PAYPAL,
  OTHER
}
