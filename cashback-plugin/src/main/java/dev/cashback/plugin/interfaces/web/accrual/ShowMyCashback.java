package dev.cashback.plugin.interfaces.web.accrual;

import dev.cashback.plugin.application.accrual.CashbackReports;
import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.application.wallet.Wallets;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.CashbackLot;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The learner's own cashback: totals by status and every cashback with its reason. */
@Named
@RequestScoped
public class ShowMyCashback {

  @Inject CashbackReports reports;
  @Inject CashbackConfig settings;

  private List<CashbackTransaction> transactions;

  public List<CashbackTransaction> getTransactions() {
    if (transactions == null) {
      transactions = reports.myCashback();
    }
    return transactions;
  }

  private Map<String, Wallets.Balances> balances;

  /** Pending balance per currency, from the ledger. */
  public List<Money> getPending() {
    return balances().values().stream()
        .map(Wallets.Balances::pending)
        .filter(m -> !m.isZero())
        .toList();
  }

  /** Available balance per currency, from the ledger; below zero after a clawback. */
  public List<Money> getConfirmed() {
    return balances().values().stream()
        .map(Wallets.Balances::available)
        .filter(m -> !m.isZero())
        .toList();
  }

  /** Everything earned so far, net of reversals, per currency. */
  public List<Money> getLifetime() {
    Map<String, Money> totals = new java.util.TreeMap<>();
    for (CashbackTransaction tx : getTransactions()) {
      totals.merge(tx.getCurrency(), tx.outstanding(), Money::plus);
    }
    return totals.values().stream().filter(m -> !m.isZero()).toList();
  }

  private List<CashbackLot> lots;

  /** Lots with something left or something expired, newest first. */
  public List<CashbackLot> getLots() {
    if (lots == null) {
      lots =
          reports.myLots().stream()
              .filter(l -> l.remaining().isPositive() || l.expired().isPositive())
              .toList();
    }
    return lots;
  }

  /** What expires next in one currency: everything left that expires on that first day. */
  public record NextExpiry(Money amount, OffsetDateTime at) {}

  /** Per currency, "next expiry: X on <date>", X summing the lots that expire that day. */
  public List<NextExpiry> getNextExpiries() {
    ZoneId zone = settings.zone();
    Map<String, NextExpiry> next = new java.util.TreeMap<>();
    getLots().stream()
        .filter(lot -> lot.remaining().isPositive() && lot.getExpiresAt() != null)
        .sorted(java.util.Comparator.comparing(CashbackLot::getExpiresAt))
        .forEach(
            lot ->
                next.merge(
                    lot.getCurrency(),
                    new NextExpiry(lot.remaining(), lot.getExpiresAt()),
                    (first, later) ->
                        first
                                .at()
                                .atZoneSameInstant(zone)
                                .toLocalDate()
                                .equals(later.at().atZoneSameInstant(zone).toLocalDate())
                            ? new NextExpiry(first.amount().plus(later.amount()), first.at())
                            : first));
    return List.copyOf(next.values());
  }

  /** Whether any of the learner's cashback expires at all (else the lots are not shown). */
  public boolean isExpiring() {
    return getLots().stream().anyMatch(l -> l.getExpiresAt() != null);
  }

  private Map<String, Wallets.Balances> balances() {
    if (balances == null) {
      balances = reports.myBalances();
    }
    return balances;
  }
}
