package dev.cashback.plugin.interfaces.web.rule;

import dev.cashback.plugin.application.accrual.AdminActions;
import dev.cashback.plugin.application.accrual.CashbackReports;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.RuleStatus;
import dev.cashback.plugin.interfaces.web.shared.CashbackUi;
import dev.cashback.plugin.interfaces.web.shared.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Cashback → Rule: the admin's rules, with activate, deactivate and delete. */
@Named
@ViewScoped
public class ListRules implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CashbackReports reports;
  @Inject AdminActions admin;
  @Inject CashbackUi ui;

  private List<CashbackRule> rules;

  public List<CashbackRule> getRules() {
    if (rules == null) {
      rules = reports.allRules();
    }
    return rules;
  }

  /** A fixed rule's amount in each of its currencies, e.g. "$5.00 · ¥500". */
  public String fixedAmounts(CashbackRule rule) {
    return rule.getMoney().stream()
        .map(m -> ui.money(m.getFixedAmount(), m.getCurrency()))
        .collect(Collectors.joining(" · "));
  }

  /** Each budget of the rule as granted / budget, one per currency. */
  public List<String> budgets(CashbackRule rule) {
    return rule.getMoney().stream()
        .filter(m -> m.getBudget() != null)
        .map(
            m ->
                ui.money(rule.budgetGranted(m.getCurrency()), m.getCurrency())
                    + " / "
                    + ui.money(m.getBudget(), m.getCurrency()))
        .toList();
  }

  public void activate(CashbackRule rule) {
    change(rule, RuleStatus.ACTIVE, "message.ruleActivated");
  }

  public void deactivate(CashbackRule rule) {
    change(rule, RuleStatus.INACTIVE, "message.ruleDeactivated");
  }

  /** Deletes a rule that never granted anything; a used one must be deactivated instead. */
  public void delete(CashbackRule rule) {
    try {
      admin.deleteRule(rule.getId());
      PageMessages.info("message.ruleDeleted", rule.getTitle());
      rules = null;
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of());
    }
  }

  private void change(CashbackRule rule, RuleStatus status, String message) {
    try {
      admin.changeRuleStatus(rule.getId(), status);
      PageMessages.info(message, rule.getTitle());
      rules = null;
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of());
    }
  }
}
