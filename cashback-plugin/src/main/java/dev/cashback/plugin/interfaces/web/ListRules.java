package dev.cashback.plugin.interfaces.web;

import dev.cashback.plugin.application.CashbackReports;
import dev.cashback.plugin.domain.rule.CashbackRule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Cashback → Rule: the admin's list of rules. */
@Named
@RequestScoped
public class ListRules {

  @Inject CashbackReports reports;

  private List<CashbackRule> rules;

  public List<CashbackRule> getRules() {
    if (rules == null) {
      rules = reports.allRules();
    }
    return rules;
  }
}
