package dev.cashback.plugin.interfaces.web.donation;

import dev.cashback.plugin.application.donation.Donations;
import dev.cashback.plugin.domain.accrual.CashbackStatistics.CurrencyAmount;
import dev.cashback.plugin.interfaces.web.shared.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The learner's donation card: the cause, their share of each cashback, and what they gave. */
@Named
@RequestScoped
public class ChooseDonation {

  @Inject Donations donations;

  private Donations.ChooseDonation mine;
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

  private Donations.ChooseDonation mine() {
    if (mine == null) {
      mine = donations.mine();
    }
    return mine;
  }
}
