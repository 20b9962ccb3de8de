package dev.cashback.sample.lms;

import dev.cashback.plugin.application.accrual.CashbackLifecycle;
import dev.cashback.plugin.application.referral.ReferralRewards;
import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.persistence.LedgerAudit;
import dev.cashback.sample.lms.signup.SignUp;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Test-only controls, deployed only with the tests that need them: move the plugin's clock forward
 * (and confirm what is then due, as the timer would), read the ledger audit, and sign a learner up
 * (password demo1234, optionally with a referral code) as the sign-up page would.
 */
@WebServlet("/test-control")
public class TestControlServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static volatile Duration offset = Duration.ZERO;

  @Inject CashbackClock clock;
  @Inject CashbackLifecycle lifecycle;
  @Inject ReferralRewards referrals;
  @Inject LedgerAudit audit;
  @Inject SignUp signUp;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    switch (String.valueOf(request.getParameter("action"))) {
      case "advance" -> {
        offset = offset.plusDays(Long.parseLong(request.getParameter("days")));
        clock.use(Clock.offset(Clock.systemUTC(), offset));
        int confirmed = 0;
        for (int batch; (batch = lifecycle.confirmDue(500)) > 0; ) {
          confirmed += batch;
        }
        referrals.settleDue(500);
        response.getWriter().print(confirmed);
      }
      case "reset" -> {
        offset = Duration.ZERO;
        clock.use(Clock.systemUTC());
      }
      case "audit" -> response.getWriter().print(String.join("\n", audit.violations()));
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
                              "http://localhost"))
                      .getUsername());
      default -> response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
  }
}
