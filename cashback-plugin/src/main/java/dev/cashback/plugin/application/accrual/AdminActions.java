package dev.cashback.plugin.application.accrual;

import dev.cashback.plugin.api.HostDirectory;
import dev.cashback.plugin.application.rule.RuleAdministration;
import dev.cashback.plugin.application.shared.BusinessRuleException;
import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.shared.NotFoundException;
import dev.cashback.plugin.application.shared.Reasons;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.RuleDraft;
import dev.cashback.plugin.domain.rule.RuleStatus;
import dev.cashback.plugin.domain.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/**
 * Everything an admin may change, each checked for the admin role on the server first, whichever
 * page or endpoint calls it, and recorded with who did it.
 */
@RequestScoped
public class AdminActions {

  @Inject CurrentUser caller;
  @Inject RuleAdministration rules;
  @Inject CashbackLifecycle lifecycle;
  @Inject CashbackSwitches learners;
  @Inject CashbackReports reports;
  @Inject Instance<HostDirectory> directory;

  public CashbackRule createRule(RuleDraft draft) {
    return rules.create(draft, admin());
  }

  public CashbackRule updateRule(long ruleId, RuleDraft draft) {
    return rules.update(ruleId, draft, admin());
  }

  public CashbackRule changeRuleStatus(long ruleId, RuleStatus status) {
    return rules.changeStatus(ruleId, status, null, admin());
  }

  public void deleteRule(long ruleId) {
    rules.delete(ruleId, null, admin());
  }

  /** Refunds {@code amount} of a cashback (all that is left when null), with a reason. */
  public Money refund(long transactionId, BigDecimal amount, String reason) {
    String admin = admin();
    String why = Reasons.required(reason);
    if (amount != null && amount.signum() <= 0) {
      throw new InvalidInputException("amount", "The amount to refund must be more than zero.");
    }
    if (amount != null && !Money.isStorable(amount)) {
      throw new InvalidInputException("amount", "The amount has too many digits.");
    }
    String currency = reports.transaction(transactionId).getCurrency();
    try {
      return lifecycle.refundByAdmin(
          transactionId, amount == null ? null : Money.of(amount, currency), why, admin);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new BusinessRuleException("amount", e.getMessage());
    }
  }

  public void disableLearner(String userId, String reason) {
    String admin = admin();
    requireKnownUser(userId);
    learners.disable(userId, reason, admin);
  }

  public void enableLearner(String userId, String reason) {
    String admin = admin();
    requireKnownUser(userId);
    learners.enable(userId, reason, admin);
  }

  /** A user the host does not know is "not found" rather than silently switched. */
  private void requireKnownUser(String userId) {
    if (userId != null && directory.isResolvable() && !directory.get().hasUser(userId)) {
      throw new NotFoundException("There is no such learner.");
    }
  }

  private String admin() {
    return caller.require(CurrentUser.ADMIN);
  }
}
