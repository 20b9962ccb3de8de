package dev.cashback.plugin.application.accrual;

import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.shared.Reasons;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.domain.accrual.CashbackSwitch;
import dev.cashback.plugin.domain.accrual.CashbackSwitchRepository;
import dev.cashback.plugin.domain.shared.AuditAction;
import dev.cashback.plugin.domain.shared.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The History page's Disable and Enable: a disabled learner earns no cashback from their next
 * purchase on (what they have already earned stays). Audited.
 */
@ApplicationScoped
public class CashbackSwitches {

  @Inject CashbackSwitchRepository learners;
  @Inject AuditLog audit;
  @Inject TimeSource clock;

  @Transactional
  public void disable(String userId, String reason, String admin) {
    change(userId, true, reason, admin);
  }

  @Transactional
  public void enable(String userId, String reason, String admin) {
    change(userId, false, reason, admin);
  }

  private void change(String userId, boolean disabled, String reason, String admin) {
    if (userId == null || userId.isBlank()) {
      throw new InvalidInputException("user", "Choose a learner.");
    }
    if (userId.length() > 100) {
      throw new InvalidInputException("user", "There is no such learner.");
    }
    String why = Reasons.optional(reason);
    CashbackSwitch setting = learners.find(userId).orElseGet(() -> new CashbackSwitch(userId));
    setting.change(disabled, admin, why, clock.now());
    learners.save(setting);
    audit.record(
        admin,
        disabled ? AuditAction.CASHBACK_DISABLED : AuditAction.CASHBACK_ENABLED,
        userId,
        why,
        null);
  }
}
