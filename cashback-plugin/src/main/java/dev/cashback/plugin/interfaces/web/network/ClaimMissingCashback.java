package dev.cashback.plugin.interfaces.web.network;

import dev.cashback.plugin.application.network.MissingCashbackClaims;
import dev.cashback.plugin.application.network.MissingCashbackClaims.ClaimOutcome;
import dev.cashback.plugin.application.network.MissingCashbackClaims.ClickToClaim;
import dev.cashback.plugin.domain.network.MissingCashbackClaim;
import dev.cashback.plugin.interfaces.web.shared.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The learner's Missing cashback page: their recent clicks with whether each can be claimed now
 * (and why not), a dialog to claim one with the shop's order id and amount, and their claims with
 * what became of them. Every check is the application's, as for the API.
 */
@Named
@ViewScoped
public class ClaimMissingCashback implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of(
          "click", "claimForm:click",
          "orderId", "claimForm:orderId",
          "amount", "claimForm:amount",
          "currency", "claimForm:currency");

  @Inject MissingCashbackClaims claims;

  private String clickId;
  private String orderId;
  private BigDecimal amount;
  private String currency = "USD";
  private transient List<ClickToClaim> clicks;
  private transient List<ClaimOutcome> mine;

  public List<ClickToClaim> getClicks() {
    if (clicks == null) {
      clicks = claims.myClicks();
    }
    return clicks;
  }

  /** The clicks a claim is accepted for now, for the dialog's menu. */
  public List<ClickToClaim> getClaimable() {
    return getClicks().stream().filter(ClickToClaim::isClaimable).toList();
  }

  public List<ClaimOutcome> getClaims() {
    if (mine == null) {
      mine = claims.myClaimOutcomes();
    }
    return mine;
  }

  /** Opens the claim dialog for this click, with empty fields. */
  public void select(ClickToClaim click) {
    clickId = click.click().getClickId();
    orderId = null;
    amount = null;
  }

  public void claim() {
    try {
      MissingCashbackClaim claim = claims.claim(clickId, orderId, amount, currency);
      PageMessages.info("message.claimed", claim.getOrderId());
      clicks = null;
      mine = null;
      clickId = null;
      orderId = null;
      amount = null;
      PrimeFaces.current().executeScript("PF('claimDialog').hide()");
    } catch (RuntimeException e) {
      PageMessages.refused(e, FIELDS);
    }
  }

  public String getClickId() {
    return clickId;
  }

  public void setClickId(String clickId) {
    this.clickId = clickId;
  }

  public String getOrderId() {
    return orderId;
  }

  public void setOrderId(String orderId) {
    this.orderId = orderId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }
}
