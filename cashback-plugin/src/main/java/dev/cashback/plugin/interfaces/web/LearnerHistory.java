package dev.cashback.plugin.interfaces.web;

import dev.cashback.plugin.application.AdminActions;
import dev.cashback.plugin.application.CashbackReports;
import dev.cashback.plugin.application.CashbackSettings;
import dev.cashback.plugin.domain.accrual.LearnerSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cashback → History: one row per learner (total purchase, cashback, last cashback) under the
 * seed's filter (user name, start date, end date), with Disable and Enable.
 */
@Named
@ViewScoped
public class LearnerHistory implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CashbackReports reports;
  @Inject AdminActions admin;
  @Inject CashbackSettings settings;

  /** The seed's History filter uses the user name and the dates of the transaction filter. */
  private final TransactionFilterForm form = new TransactionFilterForm();

  private List<LearnerSummary> learners;
  private Set<String> disabled;

  public List<LearnerSummary> getLearners() {
    if (learners == null) {
      learners = reports.learnerHistory(form.toFilter(settings.zone()));
      disabled = reports.disabledAmong(learners.stream().map(LearnerSummary::userId).toList());
    }
    return learners;
  }

  /** Looked up once for the whole list, not per row. */
  public boolean disabled(String userId) {
    getLearners();
    return disabled.contains(userId);
  }

  public void filter() {
    learners = null;
  }

  public void reset() {
    form.reset();
    learners = null;
  }

  public TransactionFilterForm getForm() {
    return form;
  }

  public void disable(LearnerSummary learner) {
    try {
      admin.disableLearner(learner.userId(), "Disabled from Cashback → History");
      PageMessages.info("message.disabled", learner.userName());
      learners = null;
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of());
    }
  }

  public void enable(LearnerSummary learner) {
    try {
      admin.enableLearner(learner.userId(), "Enabled from Cashback → History");
      PageMessages.info("message.enabled", learner.userName());
      learners = null;
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of());
    }
  }
}
