package dev.cashback.sample.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    return Deployments.hostWithPlugin().addClass(ExportRowsServlet.class);
  }

  @ArquillianResource URL base;

  @Test
  void everyManifestMenuEntry_rendersForItsRole() throws Exception {
    MenuPages.assertEveryEntryRendersForItsRole(base);
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

  /**
   * Four signed-in learners asking for a course page at once, 60 times each: every page offers the
   * Buy button. With {@code @AutoApplySession} Payara 6 now and then served a signed-in caller
   * without their roles under concurrent requests ("Sign in as a learner to buy").
   */
  @Test
  void signedInLearners_keepTheirRoles_underConcurrentRequests() throws Exception {
    List<Browser> learners =
        List.of(signedIn("lena"), signedIn("leo"), signedIn("lucy"), signedIn("lena"));
    ExecutorService pool = Executors.newFixedThreadPool(learners.size());
    try {
      List<Future<Integer>> withoutRole = new ArrayList<>();
      for (Browser learner : learners) {
        withoutRole.add(
            pool.submit(
                () -> {
                  int missing = 0;
                  for (int i = 0; i < 60; i++) {
                    if (!learner.get("/course.xhtml?id=java-basics").body().contains("buyButton")) {
                      missing++;
                    }
                  }
                  return missing;
                }));
      }
      int missing = 0;
      for (Future<Integer> pages : withoutRole) {
        missing += pages.get();
      }
      assertThat(missing).as("course pages served without the learner's role").isZero();
    } finally {
      pool.shutdownNow();
    }
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
  void transactionAndHistoryExports_holdEveryRowTheFilterMatches() throws Exception {
    String tag = tag();
    rows("transactions", tag, "&count=25000");
    try {
      String filter = "?user=Export+" + tag;
      Browser admin = signedIn("admin");
      assertThat(admin.get("/cashback/admin/transactions.xhtml" + filter).body())
          .as("the list's count stops at 1,000 and says so")
          .contains("1–20 / 1000+");
      assertThat(admin.get("/cashback/admin/history.xhtml" + filter).body())
          .as("every learner of the filter, a page at a time")
          .contains("1–20 / 25000");
      List<String> lines =
          csv(export("transactions", filter, "transactions", "transactionTable", "exportCsv"))
              .lines()
              .toList();
      assertThat(lines).as("a header and every row the filter matches").hasSize(25_001);
      assertThat(lines.get(0))
          .startsWith(
              "\"Name\",\"Product\",\"Description\",\"Amount\",\"Cashback amount\","
                  + "\"Reversed\",\"Currency\",\"Date\",\"Status\"");
      assertThat(lines.get(1))
          .as("newest first; amounts are numbers, the reversal a negative one")
          .startsWith(
              quoted("Export " + tag + " Buyer 0")
                  + ",\"Export course 0\","
                  + quoted("export " + tag + " row 0")
                  + ",10.50,1.05,-1.05,\"USD\",")
          .endsWith(",\"Declined\"");
      assertThat(lines.get(25_000))
          .startsWith(
              quoted("Export " + tag + " Buyer 24999")
                  + ",\"Export course 24999\","
                  + quoted("export " + tag + " row 24999")
                  + ",79.50,7.95,-7.95,\"USD\",");

      org.apache.poi.ss.usermodel.Sheet sheet =
          xlsx(export("transactions", filter, "transactions", "transactionTable", "exportXlsx"));
      assertThat(sheet.getLastRowNum()).as("rows after the header").isEqualTo(25_000);
      assertThat(sheet.getRow(12_345).getCell(0).getStringCellValue())
          .isEqualTo("Export " + tag + " Buyer 12344");
      assertThat(sheet.getRow(25_000).getCell(3).getNumericCellValue()).isEqualTo(79.5);
      assertThat(sheet.getRow(25_000).getCell(5).getNumericCellValue()).isEqualTo(-7.95);

      List<String> learners =
          csv(export("history", filter, "history", "historyTable", "exportCsv")).lines().toList();
      assertThat(learners).as("a header and one row per learner and currency").hasSize(25_001);
      assertThat(learners.get(0))
          .startsWith(
              "\"Name\",\"Total purchase\",\"Cashback amount\",\"Currency\",\"Last cashback\"");
      assertThat(learners)
          .anyMatch(
              line -> line.startsWith(quoted("Export " + tag + " Buyer 24999") + ",79.50,0.00,"));
    } finally {
      rows("delete", tag, "");
    }
  }

  /** What a host or a learner may put in a name or title that a spreadsheet would run. */
  private static final List<String> FORMULAS =
      List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "@SUM(1)", "-2+3", "\tTab", "\rCR");

  @Test
  void transactionAndHistoryExports_neutraliseFormulasInEveryCell() throws Exception {
    String tag = tag();
    rows(
        "transactions",
        tag,
        "&count=" + FORMULAS.size() + names(FORMULAS) + names(FORMULAS).replace("name=", "title="));
    try {
      String transactions =
          csv(export("transactions", "transactions", "transactionTable", "exportCsv"));
      for (String formula : FORMULAS) {
        assertThat(transactions)
            .contains(quoted("'" + formula + tag) + "," + quoted("'" + formula) + ",")
            .doesNotContain(quoted(formula + tag), quoted(formula));
      }
      String history = csv(export("history", "history", "historyTable", "exportCsv"));
      for (String formula : FORMULAS) {
        assertThat(history)
            .contains(quoted("'" + formula + tag) + ",")
            .doesNotContain(quoted(formula + tag));
      }
      org.apache.poi.ss.usermodel.Sheet sheet =
          xlsx(export("transactions", "transactions", "transactionTable", "exportXlsx"));
      for (int i = 0; i < FORMULAS.size(); i++) {
        org.apache.poi.ss.usermodel.Row row = rowWith(sheet, 2, "export " + tag + " row " + i);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + FORMULAS.get(i) + tag);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'" + FORMULAS.get(i));
        assertThat(row.getCell(3).getCellType())
            .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
        assertThat(row.getCell(5).getNumericCellValue()).as("the reversal").isNegative();
      }
      org.apache.poi.ss.usermodel.Sheet learners =
          xlsx(export("history", "history", "historyTable", "exportXlsx"));
      for (String formula : FORMULAS) {
        assertThat(rowWith(learners, 0, "'" + formula + tag).getCell(1).getNumericCellValue())
            .isPositive();
      }
    } finally {
      rows("delete", tag, "");
    }
  }

  @Test
  void referralExports_neutraliseFormulasInEveryCell() throws Exception {
    String tag = tag();
    rows("referrals", tag, names(FORMULAS));
    try {
      String csv = csv(export("referrals", "referrals", "referralTable", "exportCsv"));
      for (String formula : FORMULAS) {
        assertThat(csv)
            .contains(
                quoted("'" + formula + tag) + "," + quoted("'" + formula + "referrer-" + tag) + ",")
            .doesNotContain(quoted(formula + tag), quoted(formula + "referrer-" + tag));
      }
      org.apache.poi.ss.usermodel.Sheet sheet =
          xlsx(export("referrals", "referrals", "referralTable", "exportXlsx"));
      for (String formula : FORMULAS) {
        org.apache.poi.ss.usermodel.Row row = rowWith(sheet, 0, "'" + formula + tag);
        assertThat(row.getCell(1).getStringCellValue())
            .isEqualTo("'" + formula + "referrer-" + tag);
        assertThat(row.getCell(2).getStringCellValue()).startsWith("'");
      }
    } finally {
      rows("delete", tag, "");
    }
  }

  /** The sheet's row whose cell {@code column} holds {@code text}. */
  private static org.apache.poi.ss.usermodel.Row rowWith(
      org.apache.poi.ss.usermodel.Sheet sheet, int column, String text) {
    for (org.apache.poi.ss.usermodel.Row row : sheet) {
      org.apache.poi.ss.usermodel.Cell cell = row.getCell(column);
      if (cell != null
          && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          && cell.getStringCellValue().equals(text)) {
        return row;
      }
    }
    throw new AssertionError("no row with " + text + " in column " + column);
  }

  @Test
  void transactionList_exportsCsvAndXlsx() throws Exception {
    for (String button : List.of("exportCsv", "exportXlsx")) {
      HttpResponse<byte[]> export =
          export("transactions", "transactions", "transactionTable", button);
      if (button.equals("exportCsv")) {
        assertThat(csv(export))
            .startsWith(
                "\"Name\",\"Product\",\"Description\",\"Amount\",\"Cashback amount\",\"Reversed\","
                    + "\"Currency\",\"Date\",\"Status\"\r\n");
      } else {
        assertThat(export.headers().firstValue("Content-Type").orElse(""))
            .contains("spreadsheetml");
        assertThat(export.body()).startsWith('P', 'K');
      }
    }
  }

  @Test
  void referralList_exportsCsv() throws Exception {
    assertThat(csv(export("referrals", "referrals", "referralTable", "exportCsv")))
        .startsWith(
            "\"Referee\",\"Referrer\",\"Code\",\"Joined\",\"Qualify by\",\"Confirmed purchases\","
                + "\"Qualifying amount\",\"Joining bonus\",\"Referral bonus\",\"Currency\",\"Status\","
                + "\"Rewarded\"\r\n");
  }

  /** What an admin's export button on a plugin admin page's table sends back. */
  private HttpResponse<byte[]> export(String page, String form, String table, String button)
      throws Exception {
    return export(page, "", form, table, button);
  }

  /** The export of a page opened with {@code query} (e.g. a filter), as the button sends it. */
  private HttpResponse<byte[]> export(
      String page, String query, String form, String table, String button) throws Exception {
    Browser admin = signedIn("admin");
    String path = "/cashback/admin/" + page + ".xhtml" + query;
    HttpResponse<String> opened = admin.get(path);
    java.util.regex.Matcher state =
        java.util.regex.Pattern.compile(
                "name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"")
            .matcher(opened.body());
    assertThat(state.find()).as(opened.statusCode() + " " + opened.body()).isTrue();
    HttpResponse<byte[]> export =
        admin.postForm(
            path,
            // The form's own hidden field as a browser posts it: Mojarra names it after the form,
            // MyFaces appends _SUBMIT.
            form
                + "="
                + form
                + "&"
                + form
                + "_SUBMIT=1&"
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

  /** Rows written straight into the plugin's tables for an export test, tagged for removal. */
  private void rows(String action, String tag, String parameters) throws Exception {
    HttpResponse<String> written =
        ApiClient.anonymous(base)
            .post("/test-export-rows?action=" + action + "&tag=" + tag + parameters, "");
    assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
  }

  private static String names(List<String> names) {
    return names.stream()
        .map(name -> "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
        .collect(java.util.stream.Collectors.joining());
  }

  /** The CSV's text after its byte order mark (which tells spreadsheets it is UTF-8). */
  private static String csv(HttpResponse<byte[]> export) {
    assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String text = new String(export.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return text.substring(1);
  }

  private static org.apache.poi.ss.usermodel.Sheet xlsx(HttpResponse<byte[]> export)
      throws Exception {
    assertThat(export.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
    return new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(export.body()))
        .getSheetAt(0);
  }

  /** A CSV text cell as the export writes it: quoted, quotes doubled. */
  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private static String tag() {
    return java.util.UUID.randomUUID().toString().substring(0, 8);
  }

  private static void assertNoStackTrace(String body) {
    MenuPages.assertNoStackTrace(body);
  }

  private Browser signedIn(String username) throws Exception {
    return MenuPages.signedIn(base, username);
  }
}
