package dev.cashback.plugin.application;

import dev.cashback.plugin.domain.accrual.AccrualCalculator;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.accrual.PurchaseFacts;
import dev.cashback.plugin.domain.rule.CashbackRuleRepository;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.config.ConfigKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Grants the cashback a purchase earns: applies the rules in force when it was made and records a
 * pending cashback transaction per granted line, held for the hold period. Granting the same
 * purchase twice returns what the first grant recorded.
 */
@ApplicationScoped
public class CashbackAccrual {

  private final AccrualCalculator calculator = new AccrualCalculator();

  @Inject CashbackRuleRepository rules;
  @Inject CashbackTransactionRepository transactions;
  @Inject CashbackClock clock;

  @Inject
  @ConfigProperty(name = ConfigKeys.HOLD_DAYS, defaultValue = ConfigKeys.HOLD_DAYS_DEFAULT)
  int holdDays;

  @Transactional
  public List<CashbackTransaction> accrue(PurchaseFacts purchase) {
    List<CashbackTransaction> existing = transactions.findByPurchase(purchase.purchaseId());
    if (!existing.isEmpty()) {
      return existing;
    }
    OffsetDateTime now = clock.now();
    OffsetDateTime confirmAfter = now.plusDays(holdDays);
    List<CashbackTransaction> granted =
        calculator.accrue(purchase, rules.findActive()).stream()
            .map(accrual -> CashbackTransaction.pending(purchase, accrual, now, confirmAfter))
            .toList();
    granted.forEach(transactions::add);
    return granted;
  }
}
