package dev.cashback.plugin.application.rule;

import dev.cashback.plugin.api.HostDirectory;
import dev.cashback.plugin.application.shared.BusinessRuleException;
import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.shared.NotFoundException;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.CashbackRuleRepository;
import dev.cashback.plugin.domain.rule.RuleDraft;
import dev.cashback.plugin.domain.rule.RuleStatus;
import dev.cashback.plugin.domain.rule.TargetType;
import dev.cashback.plugin.domain.rule.UserType;
import dev.cashback.plugin.domain.shared.AuditAction;
import dev.cashback.plugin.domain.shared.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creating and changing rules, for admins only. Every draft is validated field by field (and its
 * targets and audience against the host's directory) before anything is saved; every change is
 * audited with the rule as it became, and tells every node to reload its rules.
 */
@ApplicationScoped
public class RuleAdministration {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject CashbackRuleRepository rules;
  @Inject CashbackTransactionRepository transactions;
  @Inject AuditLog audit;
  @Inject TimeSource clock;
  @Inject CashbackConfig settings;
  @Inject Instance<HostDirectory> directory;

  @Transactional
  public CashbackRule create(RuleDraft draft, String admin) {
    validate(draft);
    CashbackRule rule = CashbackRule.from(draft, settings.zone(), admin, clock.now());
    rules.add(rule);
    rules.changed();
    audit.record(admin, AuditAction.RULE_CREATED, rule.getId(), null, JSON.toJson(draft));
    return rule;
  }

  @Transactional
  public CashbackRule update(long ruleId, RuleDraft draft, String admin) {
    validate(draft);
    CashbackRule rule = existing(ruleId);
    rule.revise(draft, settings.zone(), clock.now());
    rules.changed();
    audit.record(admin, AuditAction.RULE_CHANGED, rule.getId(), null, JSON.toJson(draft));
    return rule;
  }

  @Transactional
  public CashbackRule changeStatus(long ruleId, RuleStatus status, String reason, String admin) {
    CashbackRule rule = existing(ruleId);
    RuleDraft draft = rule.toDraft(settings.zone());
    draft.setStatus(status);
    rule.revise(draft, settings.zone(), clock.now());
    rules.changed();
    audit.record(
        admin,
        status == RuleStatus.ACTIVE ? AuditAction.RULE_ACTIVATED : AuditAction.RULE_DEACTIVATED,
        rule.getId(),
        reason,
        JSON.toJson(draft));
    return rule;
  }

  /** Deletes a rule that never granted anything; a used rule can only be deactivated. */
  @Transactional
  public void delete(long ruleId, String reason, String admin) {
    CashbackRule rule = existing(ruleId);
    if (transactions.anyFromRule(ruleId)) {
      throw new BusinessRuleException(
          "rule", "This rule has granted cashback, so it stays on record: deactivate it instead.");
    }
    RuleDraft draft = rule.toDraft(settings.zone());
    rules.remove(rule);
    rules.changed();
    audit.record(admin, AuditAction.RULE_DELETED, rule.getId(), reason, JSON.toJson(draft));
  }

  private CashbackRule existing(long ruleId) {
    return rules.find(ruleId).orElseThrow(() -> new NotFoundException("There is no such rule."));
  }

  /** Every field's problem at once, the host's directory included. */
  public void validate(RuleDraft draft) {
    Map<String, String> errors = new LinkedHashMap<>(draft.validate(settings.zone()));
    if (directory.isResolvable()) {
      HostDirectory host = directory.get();
      if (!errors.containsKey("targets") && draft.getTargetType() != TargetType.ALL) {
        draft.getTargets().stream()
            .filter(id -> !host.hasTarget(draft.getTargetType().name(), id))
            .findFirst()
            .ifPresent(
                id ->
                    errors.put(
                        "targets",
                        "There is no "
                            + draft.getTargetType().name().toLowerCase()
                            + " \""
                            + id
                            + "\"."));
      }
      if (!errors.containsKey("audience") && draft.getUserType() != UserType.ALL) {
        boolean groups = draft.getUserType() == UserType.GROUPS;
        draft.getAudience().stream()
            .filter(id -> groups ? !host.hasGroup(id) : !host.hasUser(id))
            .findFirst()
            .ifPresent(
                id ->
                    errors.put(
                        "audience",
                        "There is no " + (groups ? "group" : "user") + " \"" + id + "\"."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
