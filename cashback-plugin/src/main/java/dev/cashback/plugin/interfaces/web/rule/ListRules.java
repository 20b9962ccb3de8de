package dev.cashback.plugin.interfaces.web.rule;

import dev.cashback.plugin.application.accrual.AdminActions;
import dev.cashback.plugin.application.accrual.CashbackReports;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.RuleStatus;
import dev.cashback.plugin.interfaces.web.shared.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Cashback → Rule: the admin's rules, with activate, deactivate and delete. */
@Named
@ViewScoped
public class ListRules implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CashbackReports reports;
  @Inject AdminActions admin;

  private List<CashbackRule> rules;

  public List<CashbackRule> getRules() {
    if (rules == null) {
      rules = reports.allRules();
    }
    return rules;
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
