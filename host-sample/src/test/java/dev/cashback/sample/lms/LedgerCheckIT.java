package dev.cashback.sample.lms;

import static dev.cashback.sample.lms.ApiClient.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.AssertionFailedError;

/**
 * The ledger check as admins use it: a ledger broken on purpose (one unbalanced entry, written past
 * the plugin through JDBC) is reported by the API, the dashboard's card and its Run full check
 * button, an incremental run and the after-each check of every in-container test, while readiness
 * stays UP with the finding as data; once repaired, the next run is sound. Only admins read or run
 * it.
 */
@ExtendWith({ArquillianExtension.class, LedgerStaysSound.class})
class LedgerCheckIT {

  private static final String CHECK = API + "/ledger-check";
  private static final String DASHBOARD = "/cashback/admin/dashboard.xhtml";
  private static final String UNBALANCED_JOURNAL = "journal -7001 does not balance";
  private static final String UNBALANCED_CURRENCY = "entries in XTS sum to 0.01";

  @Deployment
  static WebArchive deployment() {
    return Deployments.hostWithPlugin()
        .addClasses(
            LedgerCheckIT.class,
            LedgerStaysSound.class,
            TestControlServlet.class,
            ApiClient.class,
            Browser.class);
  }

  @ArquillianResource URL base;

  /** Injected only in the server. */
  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource db;

  @AfterEach
  void repair() throws Exception {
    if (db != null) {
      TestControlServlet.repairLedger(db);
    } else {
      control("repair-ledger");
    }
  }

  @Test
  void inTheServer_theAfterEachCheckFails_whileTheLedgerIsBroken() throws Exception {
    LedgerStaysSound.assertSound();
    TestControlServlet.breakLedger(db);
    AssertionFailedError failed =
        assertThrows(AssertionFailedError.class, LedgerStaysSound::assertSound);
    // JUnit's assertions: AssertJ is not deployed to the server.
    assertTrue(failed.getMessage().contains("ledger invariants"), failed.getMessage());
    assertTrue(failed.getMessage().contains(UNBALANCED_JOURNAL), failed.getMessage());
    TestControlServlet.repairLedger(db);
    LedgerStaysSound.assertSound();
  }

  @Test
  @RunAsClient
  void learnersAndStrangers_mayNeitherReadNorRunTheCheck() throws Exception {
    ApiClient lena = new ApiClient(base, "lena");
    for (HttpResponse<String> refused : List.of(lena.get(CHECK), lena.post(CHECK, ""))) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
      assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
    }
    assertThat(ApiClient.anonymous(base).get(CHECK).statusCode()).isEqualTo(401);
    assertThat(ApiClient.anonymous(base).post(CHECK, "").statusCode()).isIn(401, 403);
  }

  @Test
  @RunAsClient
  void aBrokenLedger_isReportedEverywhere_untilRepaired() throws Exception {
    ApiClient admin = new ApiClient(base, "admin");
    JsonObject before = ok(admin.post(CHECK, ""));
    assertThat(before.getBoolean("sound")).as(before.toString()).isTrue();
    assertThat(before.getString("kind")).isEqualTo("FULL");
    assertThat(before.getString("ranBy")).isEqualTo("admin");

    control("break-ledger");
    JsonObject broken = ok(admin.post(CHECK, ""));
    assertThat(broken.getBoolean("sound")).isFalse();
    assertThat(broken.getInt("violationCount")).isEqualTo(2);
    assertThat(broken.getJsonArray("violations").toString())
        .contains(UNBALANCED_JOURNAL)
        .contains(UNBALANCED_CURRENCY);
    assertThat(broken.getJsonNumber("entriesExamined").longValue())
        .isGreaterThan(before.getJsonNumber("entriesExamined").longValue());
    JsonObject last = ok(admin.get(CHECK));
    assertThat(last.getString("startedAt")).isEqualTo(broken.getString("startedAt"));
    assertThat(last.getJsonArray("violations")).isEqualTo(broken.getJsonArray("violations"));

    // Every in-container test's after-each check now fails.
    assertThatThrownBy(() -> LedgerStaysSound.assertSound(base))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining(UNBALANCED_JOURNAL);

    // The timer's incremental run looks only at what was written since the last sound run: the
    // journal written just now is among it.
    assertThat(control("ledger-incremental"))
        .contains(UNBALANCED_JOURNAL)
        .contains(UNBALANCED_CURRENCY);
    JsonObject incremental = ok(admin.get(CHECK));
    assertThat(incremental.getString("kind")).isEqualTo("INCREMENTAL");
    assertThat(incremental.getString("ranBy")).isEqualTo("system");
    assertThat(incremental.getJsonNumber("entriesExamined").longValue())
        .as("only the journals written since the last sound run")
        .isLessThanOrEqualTo(broken.getJsonNumber("entriesExamined").longValue());

    // The dashboard's card shows the last run; its button runs a full check and says so.
    Browser browser = new Browser(base);
    browser.signIn("admin", "demo1234", DASHBOARD);
    String page = browser.get(DASHBOARD).body();
    assertThat(page)
        .contains("Ledger check")
        .contains("Incremental")
        .contains("Violations found: 2")
        .contains(UNBALANCED_JOURNAL)
        .contains("Run full check");
    String pressed = browser.postAjax(DASHBOARD, runFull(Browser.viewState(page))).body();
    assertThat(pressed)
        .contains("The ledger has violations")
        .contains("Full")
        .contains(UNBALANCED_JOURNAL);

    // Readiness reports it and stays UP: one ledger fault must not take every node out.
    String ready =
        ApiClient.anonymous(new URL(base.getProtocol(), base.getHost(), base.getPort(), "/"))
            .get("/health/ready")
            .body();
    assertThat(ready)
        .contains("\"status\":\"UP\"")
        .contains("cashback-ledger")
        .contains("violations found");

    control("repair-ledger");
    JsonObject repaired = ok(admin.post(CHECK, ""));
    assertThat(repaired.getBoolean("sound")).as(repaired.toString()).isTrue();
    assertThat(repaired.getJsonArray("violations")).isEmpty();
    String cleared = browser.postAjax(DASHBOARD, runFull(Browser.viewState(pressed))).body();
    assertThat(cleared).contains("The ledger is sound").contains("OK: no violations");
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ApiClient.object(response);
  }

  private String control(String action) throws Exception {
    return ApiClient.anonymous(base).post("/test-control?action=" + action, "").body();
  }

  /** The card's Run full check button, pressed as PrimeFaces presses it. */
  private static String runFull(String state) {
    return "jakarta.faces.partial.ajax=true&jakarta.faces.source=ledgerCheck%3ArunFull"
        + "&jakarta.faces.partial.execute=ledgerCheck%3ArunFull"
        + "&jakarta.faces.partial.render=ledgerCheck+cb-messages"
        + "&ledgerCheck%3ArunFull=ledgerCheck%3ArunFull&ledgerCheck=ledgerCheck"
        + "&jakarta.faces.ViewState="
        + URLEncoder.encode(state, StandardCharsets.UTF_8);
  }
}
