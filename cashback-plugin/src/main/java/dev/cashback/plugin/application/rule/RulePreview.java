package dev.cashback.plugin.application.rule;

import dev.cashback.plugin.api.HostDirectory;
import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.application.intake.HostEvents;
import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.domain.accrual.PurchaseFacts;
import dev.cashback.plugin.domain.accrual.RuleExplanation;
import dev.cashback.plugin.domain.rule.CashbackRuleRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's rule preview: what every active rule would grant a learner on a cart of the host's
 * courses, now, and why not where it would not. Nothing is bought or recorded.
 */
@RequestScoped
public class RulePreview {

  @Inject CurrentUser caller;
  @Inject CashbackRuleRepository rules;
  @Inject Instance<HostDirectory> directory;

  @Transactional
  public List<RuleExplanation> preview(String userId, List<String> courseIds) {
    caller.require(CurrentUser.ADMIN);
    if (!directory.isResolvable()) {
      throw new InvalidInputException("user", "This host offers no rule preview.");
    }
    HostDirectory host = directory.get();
    Map<String, String> errors = new LinkedHashMap<>();
    String user = userId == null ? "" : userId.strip();
    if (!host.hasUser(user)) {
      errors.put("user", "There is no user \u201c" + user + "\u201d.");
    }
    if (courseIds.isEmpty()) {
      errors.put("cart", "Put at least one course in the cart.");
    }
    courseIds.stream()
        .filter(id -> !host.hasTarget("COURSE", id))
        .findFirst()
        .ifPresent(id -> errors.put("cart", "There is no course \u201c" + id + "\u201d."));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    PurchaseCompleted cart =
        host.previewPurchase(user, courseIds)
            .orElseThrow(
                () -> new InvalidInputException("user", "This host offers no rule preview."));
    PurchaseFacts facts = HostEvents.toFacts(cart);
    return rules.findActive().all().stream().map(rule -> RuleExplanation.of(rule, facts)).toList();
  }
}
