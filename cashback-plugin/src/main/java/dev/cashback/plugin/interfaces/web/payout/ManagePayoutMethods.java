package dev.cashback.plugin.interfaces.web.payout;

import dev.cashback.plugin.application.payout.PayoutMethodAdministration;
import dev.cashback.plugin.application.payout.PayoutProviders;
import dev.cashback.plugin.domain.payout.PayoutField;
import dev.cashback.plugin.domain.payout.PayoutMethod;
import dev.cashback.plugin.domain.payout.PayoutMethodDraft;
import dev.cashback.plugin.domain.payout.PayoutType;
import dev.cashback.plugin.interfaces.web.shared.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The admin's Payout methods page: the list, and a dialog to add or change a method. */
@Named
@ViewScoped
public class ManagePayoutMethods implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of(
          "name", "methodForm:name",
          "type", "methodForm:type",
          "minimumAmount", "methodForm:minimum",
          "currency", "methodForm:currency",
          "processingDays", "methodForm:days",
          "fields", "methodForm:fields",
          "provider", "methodForm:provider");

  @Inject PayoutMethodAdministration administration;
  @Inject PayoutProviders providers;

  private Long editingId;
  private PayoutMethodDraft draft = new PayoutMethodDraft();
  private transient List<PayoutMethod> methods;

  public List<PayoutMethod> getMethods() {
    if (methods == null) {
      methods = administration.methods();
    }
    return methods;
  }

  public void create() {
    editingId = null;
    draft = new PayoutMethodDraft();
    draft.setCurrency("USD");
  }

  public void edit(PayoutMethod method) {
    editingId = method.getId();
    draft = method.toDraft();
  }

  public void save() {
    try {
      PayoutMethod saved = administration.save(editingId, draft);
      PageMessages.info("message.methodSaved", saved.getName());
      methods = null;
      org.primefaces.PrimeFaces.current().executeScript("PF('methodDialog').hide()");
    } catch (RuntimeException e) {
      PageMessages.refused(e, FIELDS);
    }
  }

  public void toggle(PayoutMethod method) {
    try {
      PayoutMethod changed = administration.setEnabled(method.getId(), !method.isEnabled());
      PageMessages.info(
          changed.isEnabled() ? "message.methodEnabled" : "message.methodDisabled",
          changed.getName());
      methods = null;
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of());
    }
  }

  public List<PayoutType> getTypes() {
    return List.of(PayoutType.values());
  }

  public List<PayoutField> getAllFields() {
    return List.of(PayoutField.values());
  }

  public List<String> getProviders() {
    return providers.ids();
  }

  public PayoutMethodDraft getDraft() {
    return draft;
  }

  public boolean isEditing() {
    return editingId != null;
  }
}
