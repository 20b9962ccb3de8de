package dev.cashback.sample.lms;

import dev.cashback.plugin.application.accrual.CashbackLifecycle;
import dev.cashback.plugin.application.ledger.LedgerCheckKind;
import dev.cashback.plugin.application.ledger.LedgerChecks;
import dev.cashback.plugin.application.referral.ReferralRewards;
import dev.cashback.plugin.application.wallet.CashbackExpiry;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.sample.lms.signup.SignUp;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Test-only controls, deployed only with the tests that need them: move the plugin's clock forward
 * (and confirm what is then due, as the timer would), run the ledger check, and sign a learner up
 * (password demo1234, optionally with a referral code) as the sign-up page would. For the ledger
 * check's own test: break the ledger on purpose (one unbalanced entry of 0.01 in the test currency
 * XTS, on an account, journal and entry of negative ids no sequence hands out), run an incremental
 * check, and repair it.
 */
@WebServlet("/test-control")
public class TestControlServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static volatile Duration offset = Duration.ZERO;

  @Inject CashbackClock clock;
  @Inject CashbackLifecycle lifecycle;
  @Inject CashbackExpiry expiry;
  @Inject ReferralRewards referrals;
  @Inject LedgerChecks ledger;
  @Inject SignUp signUp;
  @Inject dev.cashback.plugin.api.CashbackWallet wallet;
  @Inject dev.cashback.plugin.infrastructure.event.WebhookSender webhooks;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource db;

  /** The id of the account, journal and entry that break the ledger. */
  static final long BROKEN = -7001;

  /** How many audit entries of this action there are (an action name: nothing else is read). */
  private static long audited(DataSource db, String action) throws SQLException {
    if (action == null || !action.matches("[A-Z_]{1,40}")) {
      return -1;
    }
    try (java.sql.Connection c = db.getConnection();
        java.sql.PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM cb_audit WHERE action = ?")) {
      s.setString(1, action);
      try (java.sql.ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      control(request, response);
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  private void control(HttpServletRequest request, HttpServletResponse response)
      throws IOException, SQLException {
    response.setContentType("text/plain");
    switch (String.valueOf(request.getParameter("action"))) {
      case "advance" -> {
        String seconds = request.getParameter("seconds");
        offset =
            seconds != null
                ? offset.plusSeconds(Long.parseLong(seconds))
                : offset.plusDays(Long.parseLong(request.getParameter("days")));
        clock.use(Clock.offset(Clock.systemUTC(), offset));
        int confirmed = 0;
        for (int batch; (batch = lifecycle.confirmDue(500)) > 0; ) {
          confirmed += batch;
        }
        referrals.settleDue(500);
        response.getWriter().print(confirmed);
      }
      case "expire" -> {
        int wallets = 0;
        for (var wallet : expiry.dueWallets(10_000)) {
          expiry.expire(wallet);
          wallets++;
        }
        response.getWriter().print(wallets);
      }
      case "remind" -> response.getWriter().print(expiry.remindDue(10_000));
      case "deliver-events" -> webhooks.run(); // as one more node's timer would
      case "spend" ->
          // As the host's checkout does: pays part of a purchase with the learner's cashback.
          wallet.spend(
              request.getParameter("user"),
              new java.math.BigDecimal(request.getParameter("amount")),
              request.getParameter("currency"),
              request.getParameter("purchase"));
      case "reset" -> {
        offset = Duration.ZERO;
        clock.use(Clock.systemUTC());
      }
      case "audit" ->
          response
              .getWriter()
              .print(String.join("\n", ledger.runUnattended(LedgerCheckKind.FULL).violations()));
      case "audited" -> response.getWriter().print(audited(db, request.getParameter("what")));
      case "signup" ->
          response
              .getWriter()
              .print(
                  signUp
                      .register(
                          new SignUp.Form(
                              request.getParameter("email"),
                              "demo1234",
                              request.getParameter("code"),
                              true,
                              request.getParameter("ip"),
                              request.getParameter("device"),
                              "http://localhost",
                              request.getParameter("language")))
                      .getUsername());
      case "ledger-incremental" ->
          response
              .getWriter()
              .print(
                  String.join(
                      "\n", ledger.runUnattended(LedgerCheckKind.INCREMENTAL).violations()));
      case "discard-queued-mail" -> response.getWriter().print(discardQueuedMail(db));
      case "break-ledger" -> breakLedger(db);
      case "repair-ledger" -> repairLedger(db);
      default -> response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  /** Marks every queued e-mail failed, unsent; answers how many. */
  private static int discardQueuedMail(DataSource db) throws SQLException {
    try (Connection connection = db.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "UPDATE cb_mail_outbox SET status = 'FAILED',"
                    + " last_error = 'Discarded by a test: queued by an earlier test class'"
                    + " WHERE status = 'QUEUED'")) {
      return statement.executeUpdate();
    }
  }

  /** Writes one unbalanced entry past the plugin: the ledger check must report it. */
  static void breakLedger(DataSource db) throws SQLException {
    execute(
        db,
        "INSERT INTO cb_account (id, owner_id, kind, currency, materialised, balance)"
            + " VALUES (?, 'ledger-check-it', 'CASHBACK_EXPENSE', 'XTS', FALSE, 0)");
    execute(
        db,
        "INSERT INTO cb_journal (id, kind, reference, created_at)"
            + " VALUES (?, 'ACCRUAL', 'ledger-check-it', CURRENT_TIMESTAMP)");
    execute(db, "INSERT INTO cb_entry (id, journal_id, account_id, amount) VALUES (?, ?, ?, 0.01)");
  }

  /** Takes away what {@link #breakLedger} wrote. */
  static void repairLedger(DataSource db) throws SQLException {
    execute(db, "DELETE FROM cb_entry WHERE id = ?");
    execute(db, "DELETE FROM cb_journal WHERE id = ?");
    execute(db, "DELETE FROM cb_account WHERE id = ?");
  }

  /** A statement whose every parameter is {@link #BROKEN}. */
  private static void execute(DataSource db, String sql) throws SQLException {
    try (Connection connection = db.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
        statement.setLong(i, BROKEN);
      }
      statement.executeUpdate();
    }
  }
}
