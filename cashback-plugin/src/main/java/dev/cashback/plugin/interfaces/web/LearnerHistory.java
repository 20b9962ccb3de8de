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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

  private String userName;
  private LocalDate startDate;
  private LocalDate endDate;
  private List<LearnerSummary> learners;

  public List<LearnerSummary> getLearners() {
    if (learners == null) {
      learners =
          reports.learnerHistory(
              new TransactionFilter(
                  null,
                  startDate == null
                      ? null
                      : startDate.atStartOfDay(settings.zone()).toOffsetDateTime(),
                  endDate == null
                      ? null
                      : endDate.plusDays(1).atStartOfDay(settings.zone()).toOffsetDateTime(),
                  null,
                  userName == null || userName.isBlank() ? null : userName.strip(),
                  null,
                  null));
    }
    return learners;
  }

  public boolean disabled(String userId) {
    return reports.isDisabled(userId);
  }

  public void filter() {
    learners = null;
  }

  public void reset() {
    userName = null;
    startDate = null;
    endDate = null;
    learners = null;
  }

  public void disable(LearnerSummary learner) {
    try {
      admin.disableLearner(learner.userId(), "Disabled from Cashback → History");
      PageMessages.info("Disabled", learner.userName() + " earns no cashback from now on.");
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of());
    }
  }

  public void enable(LearnerSummary learner) {
    try {
      admin.enableLearner(learner.userId(), "Enabled from Cashback → History");
      PageMessages.info("Enabled", learner.userName() + " earns cashback again.");
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of());
    }
  }

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }
}
