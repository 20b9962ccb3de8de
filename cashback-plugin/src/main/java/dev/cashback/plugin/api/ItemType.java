package dev.cashback.plugin.api;

/** What kind of thing a purchased item is. */
public enum ItemType {
  COURSE,
  BUNDLE,
  PRODUCT
}
