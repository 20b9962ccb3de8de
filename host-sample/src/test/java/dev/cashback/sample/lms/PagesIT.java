package dev.cashback.sample.lms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cashback.sample.lms.web.MenuEntry;
import dev.cashback.sample.lms.web.PluginManifests;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The running platform as a browser sees it: every menu entry the plugin's manifest declares
 * renders for its role; other roles and anonymous visitors are turned away on the server; errors
 * read as messages for people, never as stack traces.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.hostWithPlugin();
  }

  @ArquillianResource URL base;

  @Test
  void everyManifestMenuEntry_rendersForItsRole() throws Exception {
    List<MenuEntry> entries =
        PluginManifests.read(getClass().getClassLoader()).stream()
            .flatMap(menu -> menu.entries().stream())
            .toList();
    assertThat(entries).hasSize(16);
    for (MenuEntry entry : entries) {
      Browser browser = signedIn(userWithRole(entry.role()));
      HttpResponse<String> page = browser.get(entry.page());
      assertThat(page.statusCode()).as(entry.page()).isEqualTo(200);
      assertNoStackTrace(page.body());
      // The plugin page renders inside the host's frame and shows the host's navigation.
      assertThat(page.body()).contains("lms-top").contains("cb-page");
    }
  }

  @Test
  void pluginPages_refuseAnonymousAndOtherRoles() throws Exception {
    Browser anonymous = new Browser(base);
    HttpResponse<String> toLogin = anonymous.get("/cashback/admin/transactions.xhtml");
    assertThat(toLogin.statusCode()).isEqualTo(302);
    assertThat(toLogin.headers().firstValue("Location").orElseThrow()).contains("/login.xhtml");

    Browser learner = signedIn("leo");
    HttpResponse<String> forbidden = learner.get("/cashback/admin/rules.xhtml");
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.body()).contains("Not allowed");
    assertNoStackTrace(forbidden.body());
    assertThat(learner.get("/cashback/instructor/course-cashback.xhtml").statusCode())
        .isEqualTo(403);

    Browser instructor = signedIn("irene");
    assertThat(instructor.get("/cashback/learner/my-cashback.xhtml").statusCode()).isEqualTo(403);
    assertThat(instructor.get("/cashback/admin/history.xhtml").statusCode()).isEqualTo(403);
  }

  @Test
  void navigation_showsEachRoleItsOwnPluginMenus() throws Exception {
    String admin = signedIn("admin").get("/index.xhtml").body();
    assertThat(admin).contains(">Cashback<", ">Rule<", ">Transaction<", ">History<");
    assertThat(admin).doesNotContain(">My cashback<");

    String learner = signedIn("lena").get("/index.xhtml").body();
    assertThat(learner).contains(">My cashback<").doesNotContain(">Rule<", ">Course cashback<");

    String instructor = signedIn("ivan").get("/index.xhtml").body();
    assertThat(instructor).contains(">Course cashback<").doesNotContain(">Rule<");
  }

  @Test
  void wrongPassword_staysOnLoginWithAMessage() throws Exception {
    Browser browser = new Browser(base);
    HttpResponse<String> failed = browser.signIn("admin", "wrong", "/index.xhtml");
    assertThat(failed.headers().firstValue("Location").orElseThrow()).contains("failed=true");
    assertThat(browser.get("/login.xhtml?failed=true").body()).contains("do not match");
  }

  @Test
  void signIn_neverRedirectsToAnotherSite() throws Exception {
    HttpResponse<String> response =
        new Browser(base).signIn("lena", "demo1234", "//evil.example/x");
    assertThat(response.headers().firstValue("Location").orElseThrow())
        .doesNotContain("evil.example");
  }

  @Test
  void badAddressesAndValues_getMessagesForPeople() throws Exception {
    Browser browser = new Browser(base);
    HttpResponse<String> missing = browser.get("/no-such-page.xhtml");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Page not found");
    assertNoStackTrace(missing.body());

    HttpResponse<String> unknownCourse =
        browser.get(
            "/course.xhtml?id=" + URLEncoder.encode("<script>x</script>", StandardCharsets.UTF_8));
    assertThat(unknownCourse.statusCode()).isEqualTo(200);
    assertThat(unknownCourse.body()).contains("Course not found").doesNotContain("<script>x");

    Browser learner = signedIn("leo");
    HttpResponse<String> othersReceipt = learner.get("/purchase.xhtml?id=not-a-purchase");
    assertThat(othersReceipt.body()).contains("Purchase not found");
  }

  @Test
  void instructors_seeCashbackOnTheirOwnCoursesOnly() throws Exception {
    // A purchase of Ivan's course by a buyer no other test uses, through the signed intake.
    String buyer = "isolation-" + java.util.UUID.randomUUID();
    String body =
        "{\"purchaseId\":\""
            + java.util.UUID.randomUUID()
            + "\",\"buyer\":{\"userId\":\""
            + buyer
            + "\",\"displayName\":\""
            + buyer
            + "\"},\"items\":[{\"type\":\"COURSE\","
            + "\"targetId\":\"sql-deep-dive\",\"title\":\"SQL Deep Dive\",\"instructorId\":\"ivan\","
            + "\"categoryId\":\"programming\",\"unitPrice\":59.99,\"quantity\":1}],"
            + "\"currency\":\"USD\",\"occurredAt\":\""
            + java.time.Instant.now()
            + "\",\"total\":59.99}";
    long timestamp = java.time.Instant.now().getEpochSecond();
    HttpResponse<byte[]> accepted =
        new Browser(base).postSigned("/api/cashback/v1/purchases", body, timestamp);
    assertThat(accepted.statusCode()).isEqualTo(202);

    Browser ivan = signedIn("ivan");
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
    String ivansPage = "";
    while (!ivansPage.contains(buyer) && java.time.Instant.now().isBefore(deadline)) {
      Thread.sleep(200); // the signed intake grants in the background
      ivansPage = ivan.get("/cashback/instructor/course-cashback.xhtml").body();
    }
    assertThat(ivansPage).contains(buyer);
    assertThat(signedIn("irene").get("/cashback/instructor/course-cashback.xhtml").body())
        .doesNotContain(buyer);
  }

  @Test
  void transactionList_exportsCsvAndXlsx() throws Exception {
    for (String button : List.of("exportCsv", "exportXlsx")) {
      HttpResponse<byte[]> export =
          export("transactions", "transactions", "transactionTable", button);
      if (button.equals("exportCsv")) {
        assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(new String(export.body(), StandardCharsets.UTF_8))
            .contains(
                "\"Name\",\"Product\",\"Description\",\"Amount\",\"Cashback amount\",\"Date\",\"Status\"");
      } else {
        assertThat(export.headers().firstValue("Content-Type").orElse(""))
            .contains("spreadsheetml");
        assertThat(export.body()).startsWith('P', 'K');
      }
    }
  }

  @Test
  void referralList_exportsCsv() throws Exception {
    HttpResponse<byte[]> export = export("referrals", "referrals", "referralTable", "exportCsv");
    assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(new String(export.body(), StandardCharsets.UTF_8))
        .contains(
            "\"Referee\",\"Referrer\",\"Code\",\"Joined\",\"Qualify by\",\"Confirmed purchases\","
                + "\"Joining bonus\",\"Referral bonus\",\"Status\",\"Rewarded\"");
  }

  /** What an admin's export button on a plugin admin page's table sends back. */
  private HttpResponse<byte[]> export(String page, String form, String table, String button)
      throws Exception {
    Browser admin = signedIn("admin");
    String path = "/cashback/admin/" + page + ".xhtml";
    java.util.regex.Matcher state =
        java.util.regex.Pattern.compile(
                "name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"")
            .matcher(admin.get(path).body());
    assertThat(state.find()).isTrue();
    HttpResponse<byte[]> export =
        admin.postForm(
            path,
            form
                + "="
                + form
                + "&"
                + form
                + "%3A"
                + table
                + "%3A"
                + button
                + "=&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
    assertThat(export.statusCode()).isEqualTo(200);
    return export;
  }

  private static void assertNoStackTrace(String body) {
    assertThat(body)
        .doesNotContain("Caused by", "\tat ", "at jakarta.", "at dev.cashback", "Stack Trace");
  }

  private static String userWithRole(String role) {
    return switch (role) {
      case "admin" -> "admin";
      case "instructor" -> "irene";
      case "learner" -> "lena";
      default -> throw new IllegalArgumentException(role);
    };
  }

  private Browser signedIn(String username) throws Exception {
    Browser browser = new Browser(base);
    HttpResponse<String> response = browser.signIn(username, "demo1234", "/index.xhtml");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/index.xhtml");
    return browser;
  }
}
