package dev.cashback.plugin.application.network;

import dev.cashback.plugin.application.event.ChangeEvents;
import dev.cashback.plugin.application.shared.BusinessRuleException;
import dev.cashback.plugin.application.shared.CashbackConfig;
import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.shared.NotFoundException;
import dev.cashback.plugin.application.shared.Reasons;
import dev.cashback.plugin.application.shared.TimeSource;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.network.AffiliateNetwork;
import dev.cashback.plugin.domain.network.ClaimFilter;
import dev.cashback.plugin.domain.network.ClaimWindow;
import dev.cashback.plugin.domain.network.Click;
import dev.cashback.plugin.domain.network.MissingCashbackClaim;
import dev.cashback.plugin.domain.network.NetworkRepository;
import dev.cashback.plugin.domain.shared.AuditAction;
import dev.cashback.plugin.domain.shared.AuditLog;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.shared.PlainText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Missing-cashback claims: a learner claims a click of theirs that brought no cashback, within the
 * configured window after the click, with the order id and amount; an admin approves it (creating
 * the cashback with the commission the network owes) or rejects it; claims export per network.
 */
@RequestScoped
@Transactional
public class MissingCashbackClaims {

  /** How many of a learner's latest clicks the Missing cashback page offers. */
  static final int RECENT_CLICKS = 50;

  @Inject ChangeEvents events;
  @Inject CurrentUser caller;
  @Inject NetworkRepository networks;
  @Inject NetworkConversions conversions;
  @Inject AuditLog audit;
  @Inject TimeSource clock;
  @Inject CashbackTransactionRepository transactions;

  @Inject CashbackConfig settings;

  public MissingCashbackClaim claim(
      String clickId, String orderId, BigDecimal amount, String currency) {
    String me = caller.require(CurrentUser.LEARNER);
    Click click =
        networks
            .click(clickId == null ? "" : clickId)
            .filter(c -> c.getUserId().equals(me))
            .orElseThrow(() -> new NotFoundException("There is no such click of yours."));
    Map<String, String> errors = new LinkedHashMap<>();
    String order = orderId == null ? "" : orderId.strip();
    if (order.isEmpty() || order.length() > 60 || !PlainText.isPlain(order)) {
      errors.put("orderId", "Give the shop's order number (at most 60 characters).");
    }
    if (amount == null || amount.signum() <= 0 || !Money.isStorable(amount)) {
      errors.put("amount", "Give the order's amount, more than zero.");
    }
    if (!Money.isCurrency(currency)) {
      errors.put("currency", "Give an ISO 4217 currency such as USD.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    ClaimWindow window = window();
    switch (standing(window, click)) {
      case TOO_EARLY, TOO_LATE ->
          throw new BusinessRuleException(
              "click",
              "A claim is accepted from "
                  + window.minDays()
                  + " to "
                  + window.maxDays()
                  + " days after the click; this click is "
                  + window.age(click.getClickedAt(), clock.now())
                  + " days old.");
      case CLAIMED ->
          throw new BusinessRuleException("click", "This click has already been claimed.");
      case CONVERTED ->
          throw new BusinessRuleException(
              "click",
              "This click has already earned cashback: there is nothing missing to claim.");
      case CLAIMABLE -> {
        // accepted below
      }
    }
    MissingCashbackClaim claim =
        new MissingCashbackClaim(click, order, amount, currency, clock.now());
    networks.add(claim);
    return claim;
  }

  public List<MissingCashbackClaim> myClaims() {
    return networks.claims(null, caller.require(CurrentUser.LEARNER), 200);
  }

  /** A click of the learner's and whether it can be claimed now; when not, why not. */
  public record ClickToClaim(
      Click click,
      ClaimWindow.Standing standing,
      OffsetDateTime claimableFrom,
      OffsetDateTime claimableUntil) {

    public boolean isClaimable() {
      return standing == ClaimWindow.Standing.CLAIMABLE;
    }
  }

  /** The learner's recent clicks, newest first, each with where it stands for a claim. */
  public List<ClickToClaim> myClicks() {
    String me = caller.require(CurrentUser.LEARNER);
    List<Click> clicks = networks.clicksOf(me, RECENT_CLICKS);
    List<String> ids = clicks.stream().map(Click::getClickId).toList();
    Set<String> claimed =
        networks.claimsOfClicks(ids).stream()
            .map(MissingCashbackClaim::getClickId)
            .collect(Collectors.toSet());
    Set<String> converted = networks.convertedClicks(ids);
    ClaimWindow window = window();
    OffsetDateTime now = clock.now();
    return clicks.stream()
        .map(
            c ->
                new ClickToClaim(
                    c,
                    window.standing(
                        c.getClickedAt(),
                        now,
                        claimed.contains(c.getClickId()),
                        converted.contains(c.getClickId())),
                    window.opens(c.getClickedAt()),
                    window.closes(c.getClickedAt())))
        .toList();
  }

  /** A learner's claim with the store it was for and the cashback its approval created. */
  public record ClaimOutcome(
      MissingCashbackClaim claim, String storeName, CashbackTransaction cashback) {}

  /** The learner's own claims, newest first, with the cashback each approved one brought. */
  public List<ClaimOutcome> myClaimOutcomes() {
    return myClaims().stream()
        .map(
            c ->
                new ClaimOutcome(
                    c,
                    networks.click(c.getClickId()).map(Click::getStoreName).orElse(""),
                    c.getTransactionId() == null
                        ? null
                        : transactions.find(c.getTransactionId()).orElse(null)))
        .toList();
  }

  /** A page of the claims for the admin's filter: network code, status, start of the user id. */
  public List<MissingCashbackClaim> search(
      String networkCode, MissingCashbackClaim.Status status, String user, int first, int max) {
    caller.require(CurrentUser.ADMIN);
    return networks.searchClaims(filter(networkCode, status, user), first, max);
  }

  public long count(String networkCode, MissingCashbackClaim.Status status, String user) {
    caller.require(CurrentUser.ADMIN);
    return networks.countClaims(filter(networkCode, status, user));
  }

  /** One claim, for the admin's dialogs. */
  public MissingCashbackClaim claim(long id) {
    caller.require(CurrentUser.ADMIN);
    return networks.claim(id).orElseThrow(() -> new NotFoundException("There is no such claim."));
  }

  private ClaimFilter filter(String networkCode, MissingCashbackClaim.Status status, String user) {
    return new ClaimFilter(
        networkId(networkCode), status, user == null || user.isBlank() ? null : user.strip());
  }

  private Long networkId(String networkCode) {
    return networkCode == null || networkCode.isBlank()
        ? null
        : networks
            .byCode(networkCode)
            .map(AffiliateNetwork::getId)
            .orElseThrow(() -> new NotFoundException("There is no such network."));
  }

  private ClaimWindow window() {
    return settings.claimWindow();
  }

  private ClaimWindow.Standing standing(ClaimWindow window, Click click) {
    return window.standing(
        click.getClickedAt(),
        clock.now(),
        networks.claimOfClick(click.getClickId()).isPresent(),
        !networks.convertedClicks(List.of(click.getClickId())).isEmpty());
  }

  public List<MissingCashbackClaim> claims(String networkCode, int max) {
    caller.require(CurrentUser.ADMIN);
    return networks.claims(networkId(networkCode), null, max);
  }

  /**
   * Approves with the commission the network owes: the learner gets their share as cashback. The
   * commission is in the claim's currency (the learner chose it: a caller who names a currency must
   * name that one) and at most the order's amount.
   */
  public MissingCashbackClaim approve(long id, BigDecimal commission, String currency) {
    String admin = caller.require(CurrentUser.ADMIN);
    if (commission == null || commission.signum() <= 0 || !Money.isStorable(commission)) {
      throw new InvalidInputException("commission", "Give the commission, more than zero.");
    }
    MissingCashbackClaim claim = open(id);
    Money order = Money.of(claim.getOrderAmount(), claim.getCurrency());
    if (currency != null && !currency.isBlank() && !currency.strip().equals(claim.getCurrency())) {
      throw new InvalidInputException(
          "currency",
          "This claim is in " + claim.getCurrency() + ": give its commission in that currency.");
    }
    if (commission.compareTo(order.amount()) > 0) {
      throw new InvalidInputException(
          "commission",
          "Give a commission of at most the order amount, " + order.roundDownToMinorUnit() + ".");
    }
    CashbackTransaction tx =
        conversions.fromClaim(
            claim.getClickId(),
            claim.getOrderId(),
            order,
            Money.of(commission, claim.getCurrency()));
    claim.approved(admin, tx.getId(), clock.now());
    events.claimDecided(claim, true);
    audit.record(
        admin, AuditAction.CLAIM_APPROVED, claim.getId(), "commission " + commission, about(claim));
    return claim;
  }

  public MissingCashbackClaim reject(long id, String reason) {
    String admin = caller.require(CurrentUser.ADMIN);
    String why = Reasons.required(reason);
    MissingCashbackClaim claim = open(id);
    claim.rejected(admin, why, clock.now());
    events.claimDecided(claim, false);
    audit.record(admin, AuditAction.CLAIM_REJECTED, claim.getId(), why, about(claim));
    return claim;
  }

  private MissingCashbackClaim open(long id) {
    MissingCashbackClaim claim =
        networks
            .claimForUpdate(id)
            .orElseThrow(() -> new NotFoundException("There is no such claim."));
    if (claim.getStatus() != MissingCashbackClaim.Status.OPEN) {
      throw new BusinessRuleException(
          "claim", "This claim is already " + claim.getStatus().name().toLowerCase() + ".");
    }
    return claim;
  }

  /** What the audit trail says of a claim. */
  private static String about(MissingCashbackClaim claim) {
    return claim.getUserId() + " order " + claim.getOrderId();
  }
}
