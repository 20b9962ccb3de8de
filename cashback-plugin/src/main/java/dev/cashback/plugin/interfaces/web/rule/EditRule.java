package dev.cashback.plugin.interfaces.web.rule;

import dev.cashback.plugin.application.accrual.AdminActions;
import dev.cashback.plugin.application.accrual.CashbackReports;
import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.RuleDraft;
import dev.cashback.plugin.domain.rule.RuleMoney;
import dev.cashback.plugin.domain.rule.RuleStatus;
import dev.cashback.plugin.domain.rule.TargetType;
import dev.cashback.plugin.domain.rule.UserType;
import dev.cashback.plugin.interfaces.web.shared.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Cashback → Rule → Create cashback rule (or edit one): every field of the rule form (title,
 * window, audience, target, minimum, amount and how it is granted, limits, priority, hold, status).
 * The server validates the whole draft and shows each problem beside its field; nothing is saved
 * until all are fixed.
 */
@Named
@ViewScoped
public class EditRule implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Form field name → the component that shows its message. */
  private static final Map<String, String> FIELDS =
      List.of(
              "title",
              "startDate",
              "endDate",
              "userType",
              "audience",
              "targetType",
              "targets",
              "minimumPurchase",
              "amount",
              "amountType",
              "currency",
              "maxPerOrder",
              "monthlyCapPerUser",
              "budget",
              "holdDays",
              "confirmOnRefundWindow",
              "confirmAtProgress",
              "expiryDays",
              "otherCurrencies")
          .stream()
          .collect(Collectors.toMap(f -> f, f -> "rule:" + f));

  @Inject AdminActions admin;
  @Inject CashbackReports reports;
  @Inject CashbackConfig settings;

  private Long id;
  private RuleDraft draft = new RuleDraft();

  /** View action: an existing rule's values, or a new rule's defaults. */
  public void load() {
    if (id != null && !FacesContext.getCurrentInstance().isPostback()) {
      draft = reports.rule(id).toDraft(settings.zone());
    }
  }

  public String save() {
    try {
      if (id == null) {
        admin.createRule(draft);
      } else {
        admin.updateRule(id, draft);
      }
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      PageMessages.info("message.ruleSaved", draft.getTitle());
      return "/cashback/admin/rules?faces-redirect=true";
    } catch (RuntimeException e) {
      PageMessages.refused(e, FIELDS);
      return null;
    }
  }

  /** A further currency's row, to fill in. */
  public void addCurrency() {
    draft.getOtherCurrencies().add(new RuleMoney());
  }

  public void removeCurrency(int row) {
    if (row >= 0 && row < draft.getOtherCurrencies().size()) {
      draft.getOtherCurrencies().remove(row);
    }
  }

  /** A rule being created rather than edited (named for EL: {@code new} is a Java keyword). */
  public boolean isCreating() {
    return id == null;
  }

  public RuleDraft getDraft() {
    return draft;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public List<String> getAudience() {
    return new ArrayList<>(draft.getAudience());
  }

  public void setAudience(List<String> audience) {
    draft.setAudience(audience == null ? null : new LinkedHashSet<>(audience));
  }

  public List<String> getTargets() {
    return new ArrayList<>(draft.getTargets());
  }

  public void setTargets(List<String> targets) {
    draft.setTargets(targets == null ? null : new LinkedHashSet<>(targets));
  }

  public boolean isActive() {
    return draft.getStatus() == RuleStatus.ACTIVE;
  }

  public void setActive(boolean active) {
    draft.setStatus(active ? RuleStatus.ACTIVE : RuleStatus.INACTIVE);
  }

  public UserType[] getUserTypes() {
    return UserType.values();
  }

  public TargetType[] getTargetTypes() {
    return TargetType.values();
  }

  public AmountType[] getAmountTypes() {
    return AmountType.values();
  }

  public String getZone() {
    return settings.zone().getId();
  }
}
