package dev.cashback.plugin.interfaces.web.payout;

import dev.cashback.plugin.application.accrual.CashbackReports;
import dev.cashback.plugin.application.payout.PayoutRequests;
import dev.cashback.plugin.application.wallet.Wallets;
import dev.cashback.plugin.domain.payout.Payout;
import dev.cashback.plugin.domain.payout.PayoutField;
import dev.cashback.plugin.domain.payout.PayoutMethod;
import dev.cashback.plugin.interfaces.web.shared.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The learner's Request payout and Payout history pages: pick a method, give its fields and an
 * amount between its minimum and the available balance.
 */
@Named
@ViewScoped
public class RequestPayout implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PayoutRequests payouts;
  @Inject CashbackReports reports;

  private Long methodId;
  private BigDecimal amount;
  private final Map<String, String> details = new HashMap<>();
  private transient List<PayoutMethod> methods;
  private transient List<Payout> history;

  public List<PayoutMethod> getMethods() {
    if (methods == null) {
      methods = payouts.methods();
    }
    return methods;
  }

  public PayoutMethod getMethod() {
    return getMethods().stream().filter(m -> m.getId().equals(methodId)).findFirst().orElse(null);
  }

  /** The fields the chosen method asks for, in its order. */
  public List<PayoutField> getFields() {
    PayoutMethod method = getMethod();
    return method == null ? List.of() : method.getFields();
  }

  /** "PayPal: at least $10.00, paid within 3 days", for the method menu. */
  public String optionLabel(PayoutMethod method, String minimum) {
    FacesContext context = FacesContext.getCurrentInstance();
    String pattern =
        context.getApplication().getResourceBundle(context, "cb").getString("payout.option");
    return MessageFormat.format(pattern, method.getName(), minimum, method.getProcessingDays());
  }

  /** What can be withdrawn now, per currency. */
  public Map<String, Wallets.Balances> getBalances() {
    return reports.myBalances();
  }

  public void request() {
    try {
      Payout payout =
          payouts.request(methodId == null ? Long.MIN_VALUE : methodId, amount, details);
      PageMessages.info(
          "message.payoutRequested",
          payout.money().roundDownToMinorUnit().toString(),
          payout.getMethodName());
      amount = null;
      details.clear();
      history = null;
    } catch (RuntimeException e) {
      PageMessages.refused(e, fieldIds());
    }
  }

  private Map<String, String> fieldIds() {
    Map<String, String> ids = new HashMap<>();
    ids.put("method", "payout:method");
    ids.put("amount", "payout:amount");
    for (PayoutField field : PayoutField.values()) {
      ids.put(field.name(), "payout:field-" + field.name());
    }
    return ids;
  }

  public List<Payout> getHistory() {
    if (history == null) {
      history = payouts.myPayouts();
    }
    return history;
  }

  public Long getMethodId() {
    return methodId;
  }

  public void setMethodId(Long methodId) {
    this.methodId = methodId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public Map<String, String> getDetails() {
    return details;
  }
}
