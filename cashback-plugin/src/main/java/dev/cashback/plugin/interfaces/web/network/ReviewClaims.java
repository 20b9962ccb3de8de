package dev.cashback.plugin.interfaces.web.network;

import dev.cashback.plugin.application.network.MissingCashbackClaims;
import dev.cashback.plugin.application.network.NetworkAdministration;
import dev.cashback.plugin.domain.network.AffiliateNetwork;
import dev.cashback.plugin.domain.network.MissingCashbackClaim;
import dev.cashback.plugin.interfaces.export.ClaimsCsv;
import dev.cashback.plugin.interfaces.export.ExportFormat;
import dev.cashback.plugin.interfaces.web.shared.Downloads;
import dev.cashback.plugin.interfaces.web.shared.FilteredRows;
import dev.cashback.plugin.interfaces.web.shared.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.model.StreamedContent;

/**
 * The admin's Missing-cashback claims page: a lazily loaded list filtered by network, status and
 * user; Approve (with the commission the network owes) and Reject (with a reason) in dialogs; and
 * the chosen network's claims as the same CSV the API exports.
 */
@Named
@ViewScoped
public class ReviewClaims implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MissingCashbackClaims claims;
  @Inject NetworkAdministration networks;

  private String network;
  private MissingCashbackClaim.Status status;
  private String user;
  private Long selectedId;
  private BigDecimal commission;
  private String reason;
  private transient Map<Long, AffiliateNetwork> networksById;

  private final FilteredRows<MissingCashbackClaim> list =
      new FilteredRows<>(
          (first, max) -> claims.search(network, status, user, first, max),
          () -> claims.count(network, status, user),
          claim -> String.valueOf(claim.getId()));

  public FilteredRows<MissingCashbackClaim> getClaims() {
    return list;
  }

  public List<AffiliateNetwork> getNetworks() {
    return List.copyOf(networksById().values());
  }

  /** The network's name for a claim's row. */
  public String networkName(MissingCashbackClaim claim) {
    AffiliateNetwork n = networksById().get(claim.getNetworkId());
    return n == null ? "" : n.getName();
  }

  private Map<Long, AffiliateNetwork> networksById() {
    if (networksById == null) {
      networksById =
          networks.networks().stream()
              .collect(
                  Collectors.toMap(
                      AffiliateNetwork::getId,
                      Function.identity(),
                      (a, b) -> a,
                      java.util.LinkedHashMap::new));
    }
    return networksById;
  }

  public List<MissingCashbackClaim.Status> getStatuses() {
    return List.of(MissingCashbackClaim.Status.values());
  }

  public void filter() {
    // the list reads the filter on its next load
  }

  public void reset() {
    network = null;
    status = null;
    user = null;
  }

  /** Opens a dialog for this claim with empty fields. */
  public void select(MissingCashbackClaim claim) {
    selectedId = claim.getId();
    commission = null;
    reason = null;
  }

  public MissingCashbackClaim getSelected() {
    return selectedId == null ? null : claims.claim(selectedId);
  }

  public void approve() {
    try {
      MissingCashbackClaim claim =
          claims.approve(selectedId == null ? -1 : selectedId, commission, null);
      PageMessages.info("message.claimApproved", claim.getOrderId(), claim.getUserId());
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of("commission", "approveForm:commission"));
    }
  }

  public void reject() {
    try {
      MissingCashbackClaim claim = claims.reject(selectedId == null ? -1 : selectedId, reason);
      PageMessages.info("message.claimRejected", claim.getOrderId(), claim.getUserId());
    } catch (RuntimeException e) {
      PageMessages.refused(e, Map.of("reason", "rejectForm:reason"));
    }
  }

  /** The chosen network's claims (all networks' when none is chosen), as the API exports them. */
  public StreamedContent getExport() {
    String chosen = network;
    ClaimsCsv.check(claims, chosen);
    return Downloads.of(
        ClaimsCsv.fileName(chosen),
        ExportFormat.CSV.contentType(),
        out -> ClaimsCsv.write(claims, chosen, out));
  }

  public String getNetwork() {
    return network;
  }

  public void setNetwork(String network) {
    this.network = network;
  }

  public MissingCashbackClaim.Status getStatus() {
    return status;
  }

  public void setStatus(MissingCashbackClaim.Status status) {
    this.status = status;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public BigDecimal getCommission() {
    return commission;
  }

  public void setCommission(BigDecimal commission) {
    this.commission = commission;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
