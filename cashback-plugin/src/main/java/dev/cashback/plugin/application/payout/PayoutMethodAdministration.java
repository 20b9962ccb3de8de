package dev.cashback.plugin.application.payout;

import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.shared.NotFoundException;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.domain.payout.PayoutMethod;
import dev.cashback.plugin.domain.payout.PayoutMethodDraft;
import dev.cashback.plugin.domain.payout.PayoutRepository;
import dev.cashback.plugin.domain.shared.AuditAction;
import dev.cashback.plugin.domain.shared.AuditLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** The admin's payout methods: listed, created, changed, switched on and off; all audited. */
@RequestScoped
@Transactional
public class PayoutMethodAdministration {

  @Inject CurrentUser caller;
  @Inject PayoutRepository payouts;
  @Inject PayoutProviders providers;
  @Inject AuditLog audit;
  @Inject TimeSource clock;

  public List<PayoutMethod> methods() {
    caller.require(CurrentUser.ADMIN);
    return payouts.methods();
  }

  /** Creates the method when {@code id} is null, else changes it; payouts made keep their copy. */
  public PayoutMethod save(Long id, PayoutMethodDraft draft) {
    String admin = caller.require(CurrentUser.ADMIN);
    Map<String, String> errors = new java.util.LinkedHashMap<>(draft.validate());
    if (!errors.containsKey("provider") && !providers.has(draft.getProvider())) {
      errors.put(
          "provider", "There is no payout provider \u201c" + draft.getProvider() + "\u201d.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    PayoutMethod method;
    if (id == null) {
      method = new PayoutMethod(draft, clock.now());
      payouts.add(method);
    } else {
      method = existing(id);
      method.apply(draft, clock.now());
    }
    audit.record(
        admin,
        id == null ? AuditAction.PAYOUT_METHOD_CREATED : AuditAction.PAYOUT_METHOD_CHANGED,
        method.getId(),
        null,
        about(method));
    return method;
  }

  public PayoutMethod setEnabled(long id, boolean enabled) {
    String admin = caller.require(CurrentUser.ADMIN);
    PayoutMethod method = existing(id);
    method.setEnabled(enabled);
    audit.record(
        admin,
        enabled ? AuditAction.PAYOUT_METHOD_ENABLED : AuditAction.PAYOUT_METHOD_DISABLED,
        method.getId(),
        null,
        about(method));
    return method;
  }

  private PayoutMethod existing(long id) {
    return payouts
        .method(id)
        .orElseThrow(() -> new NotFoundException("There is no such payout method."));
  }

  /** What the audit trail says of a payout method. */
  private static String about(PayoutMethod method) {
    return method.getName() + " " + method.getType() + " min " + method.minimum();
  }
}
