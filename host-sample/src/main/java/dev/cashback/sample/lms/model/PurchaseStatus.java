package dev.cashback.sample.lms.model;

public enum PurchaseStatus {
  PAID,
  REFUNDED
}
