package dev.cashback.sample.lms;

import dev.cashback.plugin.api.Buyer;
import dev.cashback.plugin.api.ItemType;
import dev.cashback.plugin.api.PurchaseCompleted;
import dev.cashback.plugin.api.PurchaseItem;
import dev.cashback.plugin.api.PurchaseRefunded;
import dev.cashback.plugin.api.RefundedItem;
import dev.cashback.plugin.api.ShopClick;
import dev.cashback.plugin.application.shared.BusinessRuleException;
import dev.cashback.plugin.application.wallet.BalanceTooLowException;
import dev.cashback.plugin.domain.shared.Money;
import dev.cashback.sample.lms.ModelOp.AdminRefund;
import dev.cashback.sample.lms.ModelOp.AdvanceClock;
import dev.cashback.sample.lms.ModelOp.Arrive;
import dev.cashback.sample.lms.ModelOp.DecidePayout;
import dev.cashback.sample.lms.ModelOp.DonationShare;
import dev.cashback.sample.lms.ModelOp.HostRefund;
import dev.cashback.sample.lms.ModelOp.Line;
import dev.cashback.sample.lms.ModelOp.Postback;
import dev.cashback.sample.lms.ModelOp.Purchase;
import dev.cashback.sample.lms.ModelOp.Reconcile;
import dev.cashback.sample.lms.ModelOp.RepeatRefund;
import dev.cashback.sample.lms.ModelOp.RequestPayout;
import dev.cashback.sample.lms.ModelOp.Spend;
import dev.cashback.sample.lms.ModelOp.Switch;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Carries out model steps on the running product, as a host and its admins would: purchase and
 * refund events fired inside a transaction of the test's own, admin refunds and learner switches
 * through the plugin's services, payouts over its REST API. Ids are made from the sequence's own
 * prefix, so sequences never see each other's learners or money.
 */
final class ModelProduct {

  /** What a step did that the model did not expect; the message says what. */
  static final class Mismatch extends AssertionError {
    private static final long serialVersionUID = 1L;
    final String kind;

    Mismatch(String kind, String message) {
      super(kind + ": " + message);
      this.kind = kind;
    }

    /**
     * What makes two failures the same when shrinking: the kind and, for a balance or a
     * transaction, which one differed first (so shrinking does not wander off to another defect).
     */
    /** A coarser likeness, for counting a defect once: the kind and what kind of figure. */
    String family() {
      String first = signature();
      return kind
          + (kind.equals("balance")
              ? first.replaceAll(".* (pending|available|withdrawing) .*", " $1")
              : kind.equals("transaction") ? "" : first);
    }

    String signature() {
      String message = getMessage().replaceAll("model-[0-9a-f]{8}-", "");
      int is = message.indexOf(" is ");
      return kind.equals("balance") || kind.equals("transaction")
          ? message.substring(0, Math.max(0, is))
          : kind + message.replaceAll(".*?(\\w+Exception).*", " $1");
    }
  }

  private final ModelSequenceIT it;
  private final String prefix;
  private final Map<String, PurchaseCompleted> purchases = new HashMap<>();
  private final Map<String, PurchaseRefunded> refunds = new HashMap<>();
  private final Map<String, Long> payouts = new HashMap<>();
  private final Map<String, String> clicks = new HashMap<>();

  ModelProduct(ModelSequenceIT it, String prefix) {
    this.it = it;
    this.prefix = prefix;
  }

  String user(int index) {
    return "model-" + prefix + "-u" + index;
  }

  String purchaseId(String symbol) {
    return "model-" + prefix + "-" + symbol;
  }

  String refundId(String symbol) {
    return "model-" + prefix + "-" + symbol;
  }

  /** Runs one step; returns false where the product refused it (as the model may expect). */
  boolean run(ModelOp op, ReferenceModel model) throws Exception {
    it.clock.use(Clock.fixed(model.now, ZoneOffset.UTC));
    if (op instanceof Purchase p) {
      PurchaseCompleted event = event(p, model);
      purchases.put(p.id(), event);
      if (!p.delayed()) {
        fire(event, p.fromWallet(), p.currency());
      }
    } else if (op instanceof Arrive a) {
      fire(purchases.get(a.purchase()), BigDecimal.ZERO, null);
    } else if (op instanceof HostRefund r) {
      PurchaseRefunded event = refund(r, model);
      refunds.put(r.id(), event);
      fire(event);
    } else if (op instanceof RepeatRefund r) {
      fire(refunds.get(r.id()));
    } else if (op instanceof AdminRefund r) {
      String currency = model.purchases.get(r.purchase()).op.currency();
      long tx =
          it.database.number(
              "SELECT id FROM cb_transaction WHERE purchase_id = ? AND line_no = ?",
              purchaseId(r.purchase()),
              r.lineNo());
      it.lifecycle.refundByAdmin(
          tx,
          r.amount() == null ? null : Money.of(r.amount(), currency),
          "Model correction",
          "admin");
    } else if (op instanceof AdvanceClock c) {
      it.clock.use(
          Clock.fixed(model.now.plus(java.time.Duration.ofDays(c.days())), ZoneOffset.UTC));
      while (it.lifecycle.confirmDue(500) > 0) {
        // until nothing is due
      }
      // What the expiry job would do next: every wallet's due lots expire.
      for (var wallet : it.expiry.dueWallets(10_000)) {
        it.expiry.expire(wallet);
      }
    } else if (op instanceof Spend s) {
      try {
        it.wallets.spend(
            user(s.user()), Money.of(s.amount(), s.currency()), "model-spend-" + UUID.randomUUID());
      } catch (BalanceTooLowException refused) {
        return false;
      }
    } else if (op instanceof RequestPayout r) {
      return requestPayout(r);
    } else if (op instanceof DecidePayout d) {
      decide(d);
    } else if (op instanceof Reconcile r) {
      expectOk(
          admin("admin")
              .post(
                  ApiClient.API + "/payouts/" + payouts.get(r.id()) + "/reconcile",
                  r.paid()
                      ? "{\"paid\":true,\"reference\":\"MODEL-RECONCILED\"}"
                      : "{\"paid\":false,\"reason\":\"Model: not sent\"}",
                  idempotent()),
          200,
          r.describe());
    } else if (op instanceof Postback b) {
      return postback(b);
    } else if (op instanceof DonationShare d) {
      it.database.update("DELETE FROM cb_donation_choice WHERE user_id = ?", user(d.user()));
      it.database.update(
          "INSERT INTO cb_donation_choice (user_id, share_percent, updated_at)"
              + " VALUES (?, ?, CURRENT_TIMESTAMP)",
          user(d.user()),
          d.percent());
    } else if (op instanceof Switch s) {
      if (s.enable()) {
        it.learnerSwitch.enable(user(s.user()), "Model: enabled again", "admin");
      } else {
        it.learnerSwitch.disable(user(s.user()), "Model: disabled", "admin");
      }
    }
    return true;
  }

  private PurchaseCompleted event(Purchase p, ReferenceModel model) {
    String user = user(p.user());
    return new PurchaseCompleted(
        purchaseId(p.id()),
        new Buyer(user, user, user + "@example.com", null, Set.of("learner")),
        p.lines().stream().map(ModelProduct::item).toList(),
        p.currency(),
        model.now);
  }

  private static PurchaseItem item(Line line) {
    return new PurchaseItem(
        ItemType.COURSE,
        line.target(),
        "Course " + line.target(),
        null,
        "programming",
        "irene",
        line.unitPrice(),
        line.quantity(),
        line.discount(),
        line.fromWallet());
  }

  private PurchaseRefunded refund(HostRefund r, ReferenceModel model) {
    return new PurchaseRefunded(
        refundId(r.id()),
        purchaseId(r.purchase()),
        r.items().stream().map(i -> new RefundedItem(i.target(), i.amount())).toList(),
        r.amount(),
        r.currency(),
        "Model refund",
        model.now);
  }

  /**
   * The host's checkout: the wallet part is spent and the purchase fired in one transaction.
   * Nothing the plugin does may throw here, nor make the commit fail.
   */
  private void fire(PurchaseCompleted event, BigDecimal fromWallet, String currency) {
    host(
        "purchase " + event.purchaseId(),
        () -> {
          if (fromWallet.signum() > 0) {
            it.wallets.spend(
                event.buyer().userId(), Money.of(fromWallet, currency), event.purchaseId());
          }
          it.purchases.fire(event);
        });
  }

  private void fire(PurchaseRefunded event) {
    host("refund " + event.refundId(), () -> it.refunds.fire(event));
  }

  private void host(String what, HostTransactions.Work work) {
    try {
      it.host.inTransaction(work);
    } catch (Exception | AssertionError e) {
      throw new Mismatch("host", what + " threw into the host: " + e);
    }
  }

  /** The network's transaction id as the plugin keys it (its purchase id). */
  static final String NETWORK_KEY = "network:demo-network:";

  private boolean postback(Postback b) {
    String click =
        clicks.computeIfAbsent(
            b.id(),
            id ->
                it.clicks
                    .record(
                        new ShopClick(
                            user(b.user()),
                            null,
                            "demo-network",
                            "model-store",
                            "Model store",
                            null,
                            "https://shop.example/model?subid={clickId}",
                            "192.0.2.1",
                            "model"))
                    .clickId());
    BigDecimal sale = b.commission().multiply(BigDecimal.TEN);
    try {
      it.conversions.apply(
          "demo-network",
          "demo-network-secret",
          new dev.cashback.plugin.domain.network.Postback(
              click,
              purchaseId(b.id()),
              sale.toPlainString(),
              b.commission().toPlainString(),
              b.currency(),
              b.status()));
      return true;
    } catch (BusinessRuleException refused) {
      return false;
    }
  }

  private boolean requestPayout(RequestPayout r) throws Exception {
    long method = it.payoutMethod(r.currency(), r.unsure());
    HttpResponse<String> response =
        new ApiClient(it.base(), user(r.user()))
            .post(
                ApiClient.API + "/wallets/me/payouts",
                "{\"methodId\":"
                    + method
                    + ",\"amount\":"
                    + r.amount().toPlainString()
                    + ",\"details\":{\"VOUCHER_EMAIL\":\"model@example.com\"}}",
                idempotent());
    if (response.statusCode() == 422) {
      return false;
    }
    expectOk(response, 201, r.describe());
    payouts.put(r.id(), ApiClient.object(response).getJsonNumber("id").longValue());
    return true;
  }

  /** Approves (by a second admin too where the amount needs two) or rejects. */
  private void decide(DecidePayout d) throws Exception {
    String path = ApiClient.API + "/payouts/" + payouts.get(d.id());
    if (!d.approve()) {
      expectOk(
          admin("admin").post(path + "/reject", "{\"reason\":\"Model rejection\"}", idempotent()),
          200,
          d.describe());
      return;
    }
    for (String admin : List.of("admin", "alan")) {
      HttpResponse<String> response =
          admin(admin).post(path + "/approve", "{\"reference\":\"MODEL-1\"}", idempotent());
      expectOk(response, 200, d.describe());
      if (!ApiClient.object(response).getString("status").equals("AWAITING_SECOND_APPROVAL")) {
        return;
      }
    }
  }

  private ApiClient admin(String name) {
    return new ApiClient(it.base(), name);
  }

  private static Map<String, String> idempotent() {
    return Map.of("Idempotency-Key", UUID.randomUUID().toString());
  }

  private static void expectOk(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() >= 500) {
      throw new Mismatch(
          "http", what + " answered " + response.statusCode() + ": " + response.body());
    }
    if (response.statusCode() != status) {
      throw new Mismatch(
          "http",
          what
              + " answered "
              + response.statusCode()
              + " (not "
              + status
              + "): "
              + response.body());
    }
  }
}
