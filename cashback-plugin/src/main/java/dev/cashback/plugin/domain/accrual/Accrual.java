package dev.cashback.plugin.domain.accrual;

import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.shared.Money;

/**
 * What one rule grants on one line (or, with {@code line} null, on the whole order), before it is
 * recorded: the base it was computed on and the cashback, already rounded.
 */
public record Accrual(PurchaseLine line, CashbackRule rule, Money base, Money cashback) {

  public Accrual withCashback(Money smaller) {
    return new Accrual(line, rule, base, smaller);
  }

  public int lineNo() {
    return line == null ? CashbackTransaction.WHOLE_ORDER : line.lineNo();
  }
}
