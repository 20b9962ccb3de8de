package dev.cashback.plugin.interfaces.web;

import dev.cashback.plugin.application.Donations;
import dev.cashback.plugin.domain.accrual.CashbackStatistics.CurrencyAmount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The learner's donation card: the cause, their share of each cashback, and what they gave. */
@Named
@RequestScoped
public class MyDonation {

  @Inject Donations donations;

  private Donations.MyDonation mine;
  private BigDecimal share;

  public String getCause() {
    return mine().cause();
  }

  public List<CurrencyAmount> getDonated() {
    return mine().donated();
  }

  public BigDecimal getShare() {
    return share == null ? mine().sharePercent() : share;
  }

  public void setShare(BigDecimal share) {
    this.share = share;
  }

  public void save() {
    try {
      mine = donations.choose(share == null ? BigDecimal.valueOf(-1) : share);
      PageMessages.info(
          "message.donationSaved", mine.sharePercent().stripTrailingZeros().toPlainString());
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of("sharePercent", "donation:share"));
    }
  }

  private Donations.MyDonation mine() {
    if (mine == null) {
      mine = donations.mine();
    }
    return mine;
  }
}
