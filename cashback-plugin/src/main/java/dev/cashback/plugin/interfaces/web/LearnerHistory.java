package dev.cashback.plugin.interfaces.web;

import dev.cashback.plugin.application.AdminActions;
import dev.cashback.plugin.application.CashbackReports;
import dev.cashback.plugin.application.CashbackSettings;
import dev.cashback.plugin.domain.accrual.LearnerSummary;
import dev.cashback.plugin.domain.accrual.TransactionFilter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.StreamedContent;

/**
 * Cashback → History: one row per learner (total purchase, cashback, last cashback) under the
 * seed's filter (user name, start date, end date), with Disable and Enable, and the export of every
 * row the filter selects.
 */
@Named
@ViewScoped
public class LearnerHistory implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CashbackReports reports;
  @Inject AdminActions admin;
  @Inject CashbackSettings settings;
  @Inject CashbackUi ui;

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

  /** Every learner row the filter selects, as CSV or XLSX, read and written a page at a time. */
  public StreamedContent export(String format) {
    TransactionFilter selected = form.toFilter(settings.zone());
    return Downloads.table(
        "cashback-history",
        format,
        AdminListColumns.learners(ui),
        (first, last, max) -> reports.learnerHistory(selected, first, max));
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
