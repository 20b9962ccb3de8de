package dev.cashback.plugin.interfaces.web;

import dev.cashback.plugin.application.CashbackReports;
import dev.cashback.plugin.domain.accrual.LearnerSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Cashback → History: one row per learner with their totals and last cashback. */
@Named
@RequestScoped
public class LearnerHistory {

  @Inject CashbackReports reports;

  private List<LearnerSummary> learners;

  public List<LearnerSummary> getLearners() {
    if (learners == null) {
      learners = reports.learnerHistory();
    }
    return learners;
  }
}
