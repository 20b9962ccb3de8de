package dev.cashback.plugin.interfaces.web.accrual;

import dev.cashback.plugin.application.accrual.AdminActions;
import dev.cashback.plugin.application.accrual.CashbackReports;
import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.domain.accrual.LearnerSummary;
import dev.cashback.plugin.domain.accrual.TransactionFilter;
import dev.cashback.plugin.interfaces.web.shared.AdminListColumns;
import dev.cashback.plugin.interfaces.web.shared.CashbackUi;
import dev.cashback.plugin.interfaces.web.shared.Downloads;
import dev.cashback.plugin.interfaces.web.shared.FilteredRows;
import dev.cashback.plugin.interfaces.web.shared.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * Cashback → History: one row per learner (total purchase, cashback, last cashback), loaded a page
 * at a time, under a filter of user name, start date and end date (the dates choose which cashback
 * each row adds up), with Disable and Enable, and the export of every row the filter selects.
 */
@Named
@ViewScoped
public class ListHistory implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CashbackReports reports;
  @Inject AdminActions admin;
  @Inject CashbackConfig settings;
  @Inject CashbackUi ui;

  /**
   * History filters by the user name and dates of the Transaction filter's form; the rest stays
   * empty.
   */
  private final TransactionFilterForm form = new TransactionFilterForm();

  /** Of the learners on the page shown: looked up once per page, not per row. */
  private HashSet<String> disabled = new HashSet<>();

  private final FilteredRows<LearnerSummary> learners =
      new FilteredRows<>(
          this::page,
          () -> reports.countLearnerHistory(filter()),
          row -> row.userId() + " " + row.currency());

  public FilteredRows<LearnerSummary> getLearners() {
    return learners;
  }

  private List<LearnerSummary> page(int first, int max) {
    List<LearnerSummary> rows = reports.learnerHistory(filter(), first, max);
    disabled =
        new HashSet<>(reports.disabledAmong(rows.stream().map(LearnerSummary::userId).toList()));
    return rows;
  }

  private TransactionFilter filter() {
    return form.toFilter(settings.zone());
  }

  public boolean disabled(String userId) {
    return disabled.contains(userId);
  }

  /** Every learner row the filter selects, as CSV or XLSX, read and written a page at a time. */
  public StreamedContent export(String format) {
    TransactionFilter selected = filter();
    return Downloads.table(
        "cashback-history",
        format,
        AdminListColumns.learners(ui),
        (first, last, max) -> reports.learnerHistory(selected, first, max));
  }

  public void applyFilter() {
    // the list reads the filter on its next load
  }

  public void reset() {
    form.reset();
  }

  public TransactionFilterForm getForm() {
    return form;
  }

  public void disable(LearnerSummary learner) {
    try {
      admin.disableLearner(learner.userId(), "Disabled from Cashback → History");
      PageMessages.info("message.disabled", learner.userName());
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of());
    }
  }

  public void enable(LearnerSummary learner) {
    try {
      admin.enableLearner(learner.userId(), "Enabled from Cashback → History");
      PageMessages.info("message.enabled", learner.userName());
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of());
    }
  }
}
