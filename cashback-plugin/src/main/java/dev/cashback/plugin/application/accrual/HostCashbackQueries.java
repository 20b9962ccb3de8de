package dev.cashback.plugin.application.accrual;

import dev.cashback.plugin.api.CashbackQueries;
import dev.cashback.plugin.api.CashbackStatusView;
import dev.cashback.plugin.api.PurchaseCashback;
import dev.cashback.plugin.application.shared.HostEntry;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The host's view of a purchase's cashback. A purchase with several items may hold several
 * transactions; the host sees what they still grant together (net of reversals) and the least
 * advanced status among them.
 */
@ApplicationScoped
@HostEntry
@Transactional
public class HostCashbackQueries implements CashbackQueries {

  @Inject CashbackTransactionRepository transactions;

  @Override
  public Optional<PurchaseCashback> forPurchase(String purchaseId) {
    List<CashbackTransaction> granted = transactions.findByPurchase(purchaseId);
    if (granted.isEmpty()) {
      return Optional.empty();
    }
    Money total =
        granted.stream().map(CashbackTransaction::cashback).reduce(Money::plus).orElseThrow();
    CashbackTransaction least =
        granted.stream().min(Comparator.comparing(CashbackTransaction::getStatus)).orElseThrow();
    return Optional.of(
        new PurchaseCashback(
            purchaseId,
            total.amount(),
            total.currencyCode(),
            CashbackStatusView.valueOf(least.getStatus().name()),
            least.getStatus().name().equals("PENDING")
                ? least.getConfirmAfter().toInstant()
                : null));
  }
}
