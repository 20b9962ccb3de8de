package dev.cashback.plugin.interfaces.web.referral;

import dev.cashback.plugin.application.referral.ReferralReports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The "Your referrals" part of My cashback: the learner's code and who signed up with it. */
@Named
@RequestScoped
public class ListMyReferrals {

  @Inject ReferralReports reports;

  private ReferralReports.MyReferrals mine;

  public ReferralReports.MyReferrals getMine() {
    if (mine == null) {
      mine = reports.mine();
    }
    return mine;
  }
}
