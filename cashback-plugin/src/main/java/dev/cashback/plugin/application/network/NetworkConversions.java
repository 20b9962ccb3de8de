package dev.cashback.plugin.application.network;

import dev.cashback.plugin.application.accrual.CashbackLifecycle;
import dev.cashback.plugin.application.accrual.StandaloneGrants;
import dev.cashback.plugin.application.shared.AccessRefusedException;
import dev.cashback.plugin.application.shared.BusinessRuleException;
import dev.cashback.plugin.application.shared.ConflictException;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.shared.NotFoundException;
import dev.cashback.plugin.domain.accrual.CashbackOrigin;
import dev.cashback.plugin.domain.accrual.CashbackStatus;
import dev.cashback.plugin.domain.accrual.CashbackSwitchRepository;
import dev.cashback.plugin.domain.accrual.CashbackTransaction;
import dev.cashback.plugin.domain.accrual.CashbackTransactionRepository;
import dev.cashback.plugin.domain.accrual.PurchaseLine;
import dev.cashback.plugin.domain.network.AffiliateNetwork;
import dev.cashback.plugin.domain.network.Click;
import dev.cashback.plugin.domain.network.NetworkRepository;
import dev.cashback.plugin.domain.network.Postback;
import dev.cashback.plugin.domain.rule.AmountType;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.plugin.domain.shared.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A network's postback: a conversion of a learner's click becomes a PENDING cashback of the
 * commission times the learner's share at click time, recorded once per (network, network
 * transaction id); later postbacks confirm or decline it, and when the network stays silent the
 * click's confirm days decide (the confirmation timer). The click row is locked while a postback is
 * applied, so repeats and races apply it once.
 *
 * <p>A conversion belongs to the click it was first recorded for: a postback that names another
 * click for the same transaction id (or another currency) would hand one learner's cashback to
 * another, so it is refused (409) and kept for admins with the refused events, as is every postback
 * of a disabled network.
 */
@ApplicationScoped
public class NetworkConversions {

  @Inject NetworkRepository networks;
  @Inject CashbackTransactionRepository transactions;
  @Inject CashbackLifecycle lifecycle;
  @Inject StandaloneGrants grants;
  @Inject CashbackSwitchRepository learners;
  @Inject PostbackRefusals refusals;

  /** What the postback did to the learner's cashback. */
  public record Outcome(long transactionId, CashbackStatus status, Money cashback) {}

  @Transactional
  public Outcome apply(String networkCode, String secret, Postback postback) {
    AffiliateNetwork network =
        networks
            .byCode(networkCode)
            .orElseThrow(() -> new NotFoundException("There is no such network."));
    if (secret == null
        || !MessageDigest.isEqual(
            network.getPostbackSecret().getBytes(StandardCharsets.UTF_8),
            secret.getBytes(StandardCharsets.UTF_8))) {
      throw new AccessRefusedException("The postback secret is wrong.");
    }
    if (!network.isEnabled()) {
      throw refusals.refused(
          network,
          postback,
          learnerOf(network, postback),
          new BusinessRuleException(
              "network",
              "The network "
                  + network.getCode()
                  + " is disabled: its postbacks are not accepted. Nothing was recorded as"
                  + " cashback."));
    }
    Checked checked = check(postback);
    Click click =
        postback.clickId() == null
            ? null
            : networks.clickForUpdate(postback.clickId()).orElse(null);
    if (click == null || click.getNetworkId() != network.getId()) {
      throw new InvalidInputException("clickId", "There is no such click for this network.");
    }
    String purchaseId = network.conversionKey(checked.transactionId());
    List<CashbackTransaction> existing = transactions.findByPurchaseForUpdate(purchaseId);
    if (existing.isEmpty() && learners.isDisabled(click.getUserId())) {
      // Disabled from History: no new cashback, from shops as from courses.
      throw new BusinessRuleException("clickId", "Cashback is disabled for this learner.");
    }
    if (!existing.isEmpty()) {
      mustBelongTo(existing.get(0), click, checked, network, postback);
    }
    CashbackTransaction tx =
        existing.isEmpty()
            ? grant(
                network,
                click,
                purchaseId,
                checked,
                CashbackOrigin.networkConversion(network.getId()))
            : existing.get(0);
    if (checked.status() == CashbackStatus.CONFIRMED && tx.getStatus() == CashbackStatus.PENDING) {
      lifecycle.confirmNow(tx.getId());
    } else if (checked.status() == CashbackStatus.DECLINED && tx.outstanding().isPositive()) {
      lifecycle.refundByAdmin(
          tx.getId(), null, "Declined by " + network.getName(), "network:" + network.getCode());
    }
    CashbackTransaction now = transactions.find(tx.getId()).orElseThrow();
    return new Outcome(now.getId(), now.getStatus(), now.cashback());
  }

  /**
   * A repeat or a new status of a recorded conversion must come from the click it was recorded for
   * (conversions recorded before clicks were kept are matched by learner) and in its currency;
   * otherwise the refusal is kept for admins and nothing changes.
   */
  private void mustBelongTo(
      CashbackTransaction tx,
      Click click,
      Checked checked,
      AffiliateNetwork network,
      Postback postback) {
    boolean sameClick =
        tx.getClickId() == null
            ? tx.getUserId().equals(click.getUserId())
            : tx.getClickId().equals(click.getClickId());
    String currency = checked.commission().currencyCode();
    String clash =
        !sameClick
            ? "is already the conversion of another click: a postback cannot move it to this one"
            : tx.getCurrency().equals(currency)
                ? null
                : "was recorded in " + tx.getCurrency() + ", not " + currency;
    if (clash != null) {
      throw refusals.refused(
          network,
          postback,
          click.getUserId(),
          new ConflictException(
              "Transaction id "
                  + checked.transactionId()
                  + " "
                  + clash
                  + ". Nothing was changed; an admin sees this refusal."));
    }
  }

  /**
   * The cashback of an approved missing-cashback claim, as if the network had reported the order:
   * keyed the same way, so the network's own postback for that order later finds it and changes
   * nothing twice.
   */
  @Transactional
  public CashbackTransaction fromClaim(
      String clickId, String orderId, Money sale, Money commission) {
    // Locked as a postback locks it, so a conversion of this click arriving meanwhile is seen.
    Click click = networks.clickForUpdate(clickId).orElseThrow();
    AffiliateNetwork network = networks.network(click.getNetworkId()).orElseThrow();
    if (!networks.convertedClicks(List.of(clickId)).isEmpty()) {
      throw new BusinessRuleException(
          "claim",
          "This click has already earned cashback from the network's own report: reject the"
              + " claim.");
    }
    String purchaseId = network.conversionKey(orderId);
    if (!transactions.findByPurchaseForUpdate(purchaseId).isEmpty()) {
      // Possibly another learner's order: never attach a claim to a recorded conversion.
      throw new BusinessRuleException("claim", "This order has already earned cashback.");
    }
    return grant(
        network,
        click,
        purchaseId,
        new Checked(orderId, sale, commission, CashbackStatus.PENDING),
        CashbackOrigin.missingCashbackClaim(network.getId()));
  }

  /** The learner of the postback's click, when it is a click of this network. */
  private String learnerOf(AffiliateNetwork network, Postback postback) {
    return postback.clickId() == null
        ? null
        : networks
            .click(postback.clickId())
            .filter(c -> c.getNetworkId() == network.getId())
            .map(Click::getUserId)
            .orElse(null);
  }

  private CashbackTransaction grant(
      AffiliateNetwork network,
      Click click,
      String purchaseId,
      Checked checked,
      CashbackOrigin origin) {
    PurchaseLine line =
        new PurchaseLine(
            1,
            "STORE",
            click.getStoreId(),
            click.getStoreName(),
            null,
            null,
            null,
            1,
            checked.sale());
    // The click's terms, recorded as the snapshot every cashback transaction carries.
    CashbackRule terms =
        new CashbackRule(
            network.getName()
                + ": "
                + click.getSharePercent().stripTrailingZeros().toPlainString()
                + "% of the commission",
            AmountType.PERCENTAGE,
            click.getSharePercent(),
            checked.commission().currencyCode());
    return grants.grantPending(
        new StandaloneGrants.Grant(
            purchaseId,
            click.getUserId(),
            click.getUserName(),
            line,
            origin,
            terms,
            checked.commission(),
            AffiliateNetwork.learnersPart(checked.commission(), click.getSharePercent()),
            click.getConfirmDays(),
            true,
            click.getClickId()));
  }

  private record Checked(
      String transactionId, Money sale, Money commission, CashbackStatus status) {}

  /** Every field named that is wrong, before anything is looked at further. */
  private static Checked check(Postback p) {
    Map<String, String> errors = new LinkedHashMap<>();
    String txId = p.transactionId() == null ? "" : p.transactionId().strip();
    if (txId.isEmpty() || txId.length() > 60 || !PlainText.isPlain(txId)) {
      errors.put("transactionId", "Give the network's transaction id (at most 60 characters).");
    }
    String code = p.currency() == null ? "" : p.currency().strip();
    Currency currency = Money.isCurrency(code) ? Currency.getInstance(code) : null;
    if (currency == null) {
      errors.put("currency", "Give an ISO 4217 currency such as USD.");
    }
    BigDecimal sale = amount(p.saleAmount(), "saleAmount", false, errors);
    BigDecimal commission = amount(p.commission(), "commission", true, errors);
    CashbackStatus status = status(p.status(), errors);
    if (!errors.containsKey("saleAmount")
        && !errors.containsKey("commission")
        && commission.compareTo(sale) > 0) {
      // A network's commission is a part of the sale; more is a network's error or a forgery.
      errors.put("commission", "The commission cannot be above the sale amount.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Checked(txId, Money.of(sale, currency), Money.of(commission, currency), status);
  }

  private static BigDecimal amount(
      String text, String field, boolean positive, Map<String, String> errors) {
    try {
      BigDecimal value = new BigDecimal(text == null ? "" : text.strip());
      if ((positive ? value.signum() > 0 : value.signum() >= 0) && Money.isStorable(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    errors.put(
        field,
        "Give the " + field + " as a number" + (positive ? " above zero." : " of zero or more."));
    return BigDecimal.ZERO;
  }

  private static CashbackStatus status(String text, Map<String, String> errors) {
    String s = text == null ? "" : text.strip().toLowerCase();
    return switch (s) {
      case "pending" -> CashbackStatus.PENDING;
      case "confirmed", "approved" -> CashbackStatus.CONFIRMED;
      case "declined", "rejected" -> CashbackStatus.DECLINED;
      default -> {
        errors.put("status", "Status is pending, confirmed (approved) or declined (rejected).");
        yield CashbackStatus.PENDING;
      }
    };
  }
}
