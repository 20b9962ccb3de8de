package dev.cashback.plugin.application.payout;

import dev.cashback.plugin.application.event.ChangeEvents;
import dev.cashback.plugin.application.notice.CashbackNotices;
import dev.cashback.plugin.application.shared.BusinessRuleException;
import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.application.wallet.LearnerWallet;
import dev.cashback.plugin.domain.payout.Payout;
import dev.cashback.plugin.domain.payout.PayoutField;
import dev.cashback.plugin.domain.payout.PayoutMethod;
import dev.cashback.plugin.domain.payout.PayoutRepository;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.wallet.AccountKind;
import dev.cashback.plugin.domain.wallet.Journal;
import dev.cashback.plugin.domain.wallet.JournalKind;
import dev.cashback.plugin.domain.wallet.Ledger;
import dev.cashback.plugin.domain.wallet.LedgerAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner withdrawing cashback. The amount moves at once from the available balance to a
 * payout-pending account, with the learner's wallet locked, so it can be neither spent nor
 * withdrawn twice however many requests race.
 */
@RequestScoped
@Transactional
public class PayoutRequests {

  @Inject CurrentUser caller;
  @Inject PayoutRepository payouts;
  @Inject Ledger ledger;
  @Inject TimeSource clock;
  @Inject CashbackNotices notices;
  @Inject ChangeEvents events;

  public List<PayoutMethod> methods() {
    caller.require(CurrentUser.LEARNER);
    return payouts.enabledMethods();
  }

  public List<Payout> myPayouts() {
    return payouts.ofUser(caller.require(CurrentUser.LEARNER));
  }

  /**
   * Requests a payout of {@code amount} by the method, with the details its fields ask for. Every
   * problem is named by field; nothing moves unless all is well.
   */
  public Payout request(long methodId, BigDecimal amount, Map<String, String> given) {
    String me = caller.require(CurrentUser.LEARNER);
    PayoutMethod method =
        payouts
            .method(methodId)
            .filter(PayoutMethod::isEnabled)
            .orElseThrow(
                () -> new InvalidInputException("method", "This payout method is not available."));
    Map<String, String> errors = new LinkedHashMap<>();
    Map<PayoutField, String> details = new LinkedHashMap<>();
    for (PayoutField field : method.getFields()) {
      String value = field.normalise(given == null ? null : given.get(field.name()));
      String problem = field.problem(value);
      if (problem != null) {
        errors.put(field.name(), problem);
      }
      details.put(field, value);
    }
    if (amount == null || amount.signum() <= 0) {
      errors.put("amount", "The amount must be more than zero.");
    } else if (!Money.isStorable(amount)
        || amount.stripTrailingZeros().scale()
            > java.util.Currency.getInstance(method.getCurrency()).getDefaultFractionDigits()) {
      errors.put("amount", "Give the amount in whole cents.");
    } else if (amount.compareTo(method.getMinimumAmount()) < 0) {
      errors.put(
          "amount",
          "The minimum for "
              + method.getName()
              + " is "
              + method.minimum().roundDownToMinorUnit()
              + ".");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Money wanted = Money.of(amount, method.getCurrency());
    LearnerWallet wallet = LearnerWallet.lock(ledger, me, method.getCurrency());
    LedgerAccount withdrawing =
        ledger.learnerAccountForUpdate(me, AccountKind.PAYOUT_PENDING, method.getCurrency());
    if (wallet.available().balance().compareTo(wanted) < 0) {
      throw new BusinessRuleException(
          "amount",
          "Only "
              + wallet.available().balance().roundDownToMinorUnit()
              + " is available to withdraw, not "
              + wanted.roundDownToMinorUnit()
              + ".");
    }
    Payout payout = new Payout(me, method, wanted, details, clock.now());
    payouts.add(payout);
    ledger.post(
        new Journal(JournalKind.PAYOUT_REQUEST, null, "payout:" + payout.getId(), clock.now())
            .move(wallet.available(), withdrawing, wanted));
    notices.payoutRequested(payout);
    events.payoutRequested(payout);
    return payout;
  }
}
