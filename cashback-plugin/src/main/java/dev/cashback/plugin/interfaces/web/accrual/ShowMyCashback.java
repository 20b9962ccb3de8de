package dev.cashback.plugin.interfaces.web.accrual;

import dev.cashback.plugin.application.accrual.CashbackReports;
import dev.cashback.plugin.application.wallet.Wallets;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.CashbackLot;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The learner's own cashback: totals by status and every cashback with its reason. */
@Named
@RequestScoped
public class ShowMyCashback {

  @Inject CashbackReports reports;

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

  /** Per currency, the open lot that expires first: "next expiry: X on <date>". */
  public List<CashbackLot> getNextExpiries() {
    Map<String, CashbackLot> first = new java.util.TreeMap<>();
    for (CashbackLot lot : getLots()) {
      if (lot.remaining().isPositive() && lot.getExpiresAt() != null) {
        first.merge(
            lot.getCurrency(), lot, (a, b) -> a.getExpiresAt().isBefore(b.getExpiresAt()) ? a : b);
      }
    }
    return List.copyOf(first.values());
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
