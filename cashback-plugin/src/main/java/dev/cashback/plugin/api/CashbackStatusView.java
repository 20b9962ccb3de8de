package dev.cashback.plugin.api;

/** The states of a cashback as the host may show them. */
public enum CashbackStatusView {
  PENDING,
  CONFIRMED,
  DECLINED,
  REVERSED
}
