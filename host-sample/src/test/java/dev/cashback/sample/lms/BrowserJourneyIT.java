package dev.cashback.sample.lms;

import static dev.cashback.sample.lms.ApiClient.API;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The first cashback journey in a real, headless Chromium (Debian's chromium and chromium-driver):
 * a learner buys a course through the confirmation dialog and sees the pending cashback on the
 * receipt and on My cashback; the admin finds it under Cashback → Transaction. Every page is saved
 * as a screenshot. Skipped, with a message, where no Chromium is installed.
 *
 * <p>The journeys run in a fixed order: the donation comes first, so the dashboard the admin reads
 * in the course journey shows what learners donated.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneyIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @Deployment(testable = false)
  static WebArchive deployment() {
    // Cashback here lasts a year once available, so My cashback shows when each part expires.
    // Webhook endpoints may be on loopback here: the page's endpoint points at a closed local port.
    // A single cashback of USD 100.00 or more waits for review (no other journey earns as much).
    return Deployments.hostWithPlugin(
            "cashback.expiry.days=365",
            "cashback.webhooks.allow-private-addresses=true",
            "cashback.review.threshold=USD 100.00")
        .addClasses(TestControlServlet.class, ExportRowsServlet.class);
  }

  @ArquillianResource URL base;

  private WebDriver browser;
  private WebDriverWait wait;
  private Path screenshots;

  @BeforeEach
  void startBrowser() throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium is not installed (apt-get install chromium chromium-driver): browser test skipped");
    browser = newBrowser(PageLoadStrategy.NORMAL);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    screenshots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Files.createDirectories(screenshots);
  }

  private static ChromeDriver newBrowser(PageLoadStrategy pageLoad) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.setPageLoadStrategy(pageLoad);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,860");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  @Order(3)
  void learnerBuysCourse_seesPendingCashback_adminSeesTheTransaction() throws IOException {
    open("/index.xhtml");
    save("catalog");

    signIn("lena");
    open("/course.xhtml?id=ui-principles");
    save("course");
    browser.findElement(By.id("buy:buyButton")).click();
    WebElement confirm =
        wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
    save("buy-confirmation-dialog");
    confirm.click();

    WebElement earned =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cashbackEarned")));
    assertThat(earned.getText()).contains("$4.50").contains("pending");
    save("receipt");

    open("/cashback/learner/my-cashback.xhtml");
    assertThat(browser.findElement(By.id("mine:myTable")).getText())
        .contains("UI Design Principles")
        .contains("$4.50")
        .contains("Pending");
    save("my-cashback");

    open("/my-purchases.xhtml");
    assertThat(browser.getPageSource()).contains("UI Design Principles");
    save("my-purchases");
    signOut();

    signIn("admin");
    open("/cashback/admin/transactions.xhtml");
    assertThat(browser.findElement(By.id("transactions:transactionTable")).getText())
        .contains("Lena Learner")
        .contains("UI Design Principles")
        .contains("$45.00")
        .contains("$4.50");
    save("admin-transaction");

    // The advanced filter (here its user name), then the Refund action with its dialog.
    // Waits for the filtered table to replace the first (Lena's row was on it already, so a click
    // right after the text shows could land on the table being replaced).
    filter("transactions:transactionTable", "filter:userName", "lena");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("transactions:transactionTable"), "Lena Learner"));
    save("admin-transaction-filtered");
    browser.findElement(By.id("transactions:transactionTable:0:refund")).click();
    WebElement reason =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refundForm:reason")));
    WebElement amount = browser.findElement(By.id("refundForm:amount_input"));
    amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    amount.sendKeys("1.50");
    reason.sendKeys("Course access issue");
    save("admin-refund-dialog");
    browser.findElement(By.id("refundForm:confirmRefund")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("refundForm:reason")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("transactions:transactionTable"), "$1.50"));
    save("admin-transaction-refunded");
    open("/cashback/admin/rules.xhtml");
    // Newest first: the demo's rule is on the last page once other tests have added rules.
    List<WebElement> last =
        browser.findElements(By.cssSelector("#rules\\:ruleTable .ui-paginator-last"));
    if (!browser.getPageSource().contains("Welcome cashback") && !last.isEmpty()) {
      last.get(0).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("rules:ruleTable"), "Welcome cashback"));
    }
    assertThat(browser.getPageSource()).contains("Welcome cashback");
    save("admin-rule");

    // Create a rule for design courses: the server names each wrong field, then saves the
    // corrected rule. (Only design courses, so it touches no other test's purchases.)
    browser.findElement(By.id("create")).click();
    // PrimeFaces' own widget API picks the target type: clicking an item of the opening
    // overlay is at the mercy of its animation.
    wait.until(ExpectedConditions.elementToBeClickable(By.id("rule:targetType")));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("PF('targetTypeMenu').selectValue('CATEGORY')");
    browser.findElement(By.id("rule:targets_input")).sendKeys("design", Keys.ENTER);
    WebElement amountField = browser.findElement(By.id("rule:amount_input"));
    amountField.sendKeys("120");
    browser.findElement(By.id("rule:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("rule"), "Give the rule a title."));
    assertThat(browser.findElement(By.id("rule")).getText())
        .contains("A percentage cannot be more than 100.");
    save("admin-rule-form-errors");
    assertThat(browser.findElement(By.id("rule:targetType_label")).getText()).isEqualTo("Category");
    browser.findElement(By.id("rule:title")).sendKeys("Design week: 15% on design courses");
    amountField = browser.findElement(By.id("rule:amount_input"));
    amountField.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    amountField.sendKeys("15");
    browser.findElement(By.id("rule:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("rules:ruleTable"), "Design week: 15% on design courses"));
    save("admin-rule-created");

    // Preview the rules for Lena on a cart of a design and a programming course.
    browser.findElement(By.id("preview:user")).sendKeys("lena");
    WebElement cart = browser.findElement(By.id("preview:cart_input"));
    cart.sendKeys("ui-principles", Keys.ENTER);
    cart.sendKeys("java-basics", Keys.ENTER);
    browser.findElement(By.id("preview:run")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview:previewTable")));
    assertThat(browser.findElement(By.id("preview:previewTable")).getText())
        .contains("Design week: 15% on design courses")
        .contains("$6.75")
        .contains("Welcome cashback");
    save("admin-rule-preview");
    open("/cashback/admin/history.xhtml");
    assertThat(browser.findElement(By.id("history:historyTable")).getText())
        .contains("Lena Learner");
    save("admin-history");

    // Disable Lena from History, with its confirmation; her next purchase earns nothing.
    filter("history:historyTable", "filter:userName", "lena");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("history:historyTable:0:disable")))
        .click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
    save("admin-history-disable-confirmation");
    browser.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.id("history:historyTable:0:enable")));
    save("admin-history-disabled");
    open("/cashback/admin/dashboard.xhtml");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Pending")
        .contains("Outstanding liability")
        .contains("Donated")
        .contains("Learners' donations, owed to Open Learning Fund")
        // Top courses: which ones depends on what the other tests bought on this database.
        .contains("Top courses by cashback");
    save("admin-dashboard");
    open("/admin/purchases.xhtml");
    save("admin-purchases");
    signOut();

    signIn("lena");
    open("/course.xhtml?id=negotiation");
    browser.findElement(By.id("buy:buyButton")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Thank you"));
    assertThat(browser.findElements(By.id("cashbackEarned"))).isEmpty();
    signOut();

    // Enable Lena again from History (filtered to her: other learners may have more cashback).
    signIn("admin");
    open("/cashback/admin/history.xhtml");
    filter("history:historyTable", "filter:userName", "lena");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("history:historyTable:0:enable")))
        .click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.id("history:historyTable:0:disable")));
    signOut();

    signIn("ivan");
    open("/cashback/instructor/course-cashback.xhtml");
    assertThat(browser.findElement(By.id("courses:courseTable")).getText())
        .contains("UI Design Principles");
    save("instructor-course-cashback");
  }

  @Test
  @Order(2)
  void learnerWithdrawsByPayPal_adminPays_everyStepInTheOutbox() throws Exception {
    try {
      signIn("lucy");
      for (String course : new String[] {"jakarta-ee", "startup-finance"}) {
        open("/course.xhtml?id=" + course);
        browser.findElement(By.id("buy:buyButton")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
            .click();
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Thank you"));
      }
      // Both grants done (they may finish after the receipt on a busy machine) before time moves.
      new WebDriverWait(browser, Duration.ofSeconds(60))
          .pollingEvery(Duration.ofSeconds(1))
          .until(
              d -> {
                open("/cashback/learner/my-cashback.xhtml");
                String mine = d.findElement(By.id("mine:myTable")).getText();
                return mine.contains("Jakarta EE in Practice") && mine.contains("Startup Finance");
              });
      // Fifteen days later (the plugin's clock moved on): the cashback is confirmed.
      assertThat(control("advance&days=15")).isNotBlank();

      // Available now, for a year: My cashback says when it expires, part by part.
      open("/cashback/learner/my-cashback.xhtml");
      // Both parts became available the same day, so they expire together: $7.90 + $8.90.
      assertThat(browser.findElement(By.cssSelector(".cb-next-expiry")).getText())
          .startsWith("Next expiry: $16.80 on");
      String lots = browser.findElement(By.id("lots:lotTable")).getText();
      assertThat(lots).contains("Expires").doesNotContain("Never");
      showCardsAndTable();
      save("my-cashback-expiry");

      open("/cashback/learner/request-payout.xhtml");
      wait.until(ExpectedConditions.elementToBeClickable(By.id("payout:method")));
      // Choose PayPal as the menu does: select it, then fire the change that loads its fields.
      ((org.openqa.selenium.JavascriptExecutor) browser)
          .executeScript(
              "PF('methodMenu').selectValue('-1'); PF('methodMenu').callBehavior('valueChange');");
      WebElement email =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("#payout\\:fields input")));
      WebElement amount = browser.findElement(By.id("payout:amount_input"));
      amount.sendKeys("5");
      email.sendKeys("lucy@paypal.example");
      browser.findElement(By.id("payout:submit")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
          .click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payout"), "minimum"));
      save("learner-request-payout-below-minimum");

      ((org.openqa.selenium.JavascriptExecutor) browser)
          .executeScript("PF('payoutAmount').setValue('12')");
      browser.findElement(By.id("payout:submit")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
          .click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("cb-messages_container"), "Payout requested"));
      save("learner-request-payout");

      open("/cashback/learner/payout-history.xhtml");
      String history = browser.findElement(By.id("history:payoutTable")).getText();
      assertThat(history).contains("PayPal").contains("$12.00").contains("Requested");
      save("learner-payout-history");
      signOut();

      signIn("admin");
      open("/cashback/admin/payouts.xhtml");
      browser.findElement(By.id("filter:user")).sendKeys("lucy");
      browser.findElement(By.id("filter:apply")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("payouts:payoutTable"), "lucy"));
      save("admin-payouts");
      browser.findElement(By.id("payouts:payoutTable:0:approve")).click();
      WebElement reference =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approveForm:reference")));
      reference.sendKeys("PP-2026-0042");
      save("admin-payout-approve-dialog");
      browser.findElement(By.id("approveForm:confirmApprove")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("cb-messages_container"), "Paid"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("payouts:payoutTable"), "PP-2026-0042"));
      save("admin-payouts-paid");

      open("/cashback/admin/payout-methods.xhtml");
      assertThat(browser.findElement(By.id("methods:methodTable")).getText())
          .contains("PayPal")
          .contains("Bank transfer");
      save("admin-payout-methods");

      open("/cashback/admin/outbox.xhtml");
      WebElement allMail = browser.findElement(By.id("outbox:messageTable"));
      browser.findElement(By.id("outbox:user")).sendKeys("lucy");
      browser.findElement(By.id("outbox:apply")).click();
      wait.until(ExpectedConditions.stalenessOf(allMail));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("outbox:messageTable"), "Payout paid: PayPal"));
      String outbox = browser.findElement(By.id("outbox:messageTable")).getText();
      assertThat(outbox)
          .contains("Cashback pending: Jakarta EE in Practice")
          .contains("Cashback confirmed: Startup Finance")
          .contains("Payout requested: PayPal")
          .contains("Payout paid: PayPal");
      save("admin-outbox");
    } finally {
      control("reset");
    }
  }

  @Test
  @Order(4)
  void newLearnerSignsUp_verifies_shopsAtAStore_earnsCashbackFromThePostback() throws Exception {
    String email = "shopper-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

    // Sign up from the header link, anonymously.
    open("/index.xhtml");
    browser.findElement(By.id("signUpLink")).click();
    WebElement emailField =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signup:email")));
    emailField.sendKeys(email);
    WebElement password = browser.findElement(By.id("signup:password"));
    password.sendKeys("shop-and-earn-42");
    // No referral code: the field is optional (a code only links the two accounts).
    browser.findElement(By.id("signup:referralCode")).click();
    browser.findElement(By.cssSelector("#signup\\:terms .ui-chkbox-box")).click();
    // The strength meter closes when the password field loses focus; on a busy machine its
    // closing may lose the race with its opening, so it is closed again until it is gone.
    wait.until(
        d -> {
          if (d.findElement(By.id("signup:password_panel")).isDisplayed()) {
            ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("arguments[0].focus(); arguments[0].blur();", password);
            return false;
          }
          return true;
        });
    save("signup-form");
    browser.findElement(By.id("signup:signUp")).click();
    WebElement growl =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#messages_container .ui-growl-message")));
    assertThat(growl.getText())
        .contains("Welcome!")
        .contains("Your account is ready. We sent a link to " + email);
    assertThat(browser.findElement(By.cssSelector(".lms-user")).getText()).contains(email);
    save("signup-welcome");

    // The verification e-mail waits in the dev mailbox (top menu); its link verifies the address.
    browser.findElement(By.linkText("Dev mailbox")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("mailbox"), "Verify your e-mail address"));
    assertThat(browser.findElement(By.id("mailbox")).getText()).contains(email).contains("EMAIL");
    save("dev-mailbox-verification");
    browser.findElement(By.linkText("Open the link")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("result"), "Thank you: your e-mail address is verified."));
    save("email-verified");

    // My account: the e-mail is verified; the mobile number is verified by a texted code.
    open("/account.xhtml");
    assertThat(browser.findElement(By.id("email:emailStatus")).getText()).isEqualTo("Verified");
    // Open the list, then choose through the widget: a click on an item while the panel still
    // slides open can miss it on a busy machine.
    browser.findElement(By.id("phone:country")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#phone\\:country_items li[data-label='United Kingdom (+44)']")));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "var menu = PrimeFaces.getWidgetById('phone:country');"
                + " menu.selectValue('GB'); menu.hide();");
    wait.until(ExpectedConditions.textToBe(By.id("phone:country_label"), "United Kingdom (+44)"));
    String number = "7" + String.format("%09d", new Random().nextInt(1_000_000_000));
    browser.findElement(By.id("phone:number")).sendKeys(number);
    browser.findElement(By.id("phone:requestOtp")).click();
    WebElement codeField =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone:code")));
    assertThat(browser.findElement(By.id("messages_container")).getText())
        .contains("Code sent")
        .contains("We texted a six-digit code to +44" + number);
    // The code is read from the dev mailbox in a second tab, as a person would glance at a phone.
    String account = browser.getWindowHandle();
    browser.switchTo().newWindow(WindowType.TAB);
    open("/dev-mailbox.xhtml");
    String mailbox = browser.findElement(By.id("mailbox")).getText();
    Matcher texted = Pattern.compile("Your verification code is (\\d{6})").matcher(mailbox);
    assertThat(texted.find()).as(mailbox).isTrue();
    assertThat(mailbox).contains("SMS").contains("+44" + number);
    browser.close();
    browser.switchTo().window(account);
    codeField.sendKeys(texted.group(1));
    save("account-phone-otp");
    browser.findElement(By.id("phone:submitOtp")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messages_container"), "Your mobile number is verified."));
    assertThat(browser.findElement(By.id("phone:phoneStatus")).getText()).isEqualTo("Verified");
    assertThat(browser.findElement(By.id("phone")).getText()).contains("+44" + number);
    assertThat(browser.findElements(By.id("phone:code"))).isEmpty();
    save("account-verified");

    // All stores: Shop now at Book Nook sends the browser to the shop with the click id. The
    // machine may have no internet, so the shop's page may not load: its address is enough.
    open("/stores.xhtml");
    WebElement bookNook =
        browser.findElement(
            By.xpath("//div[contains(@class,'lms-store')][.//*[normalize-space()='Book Nook']]"));
    save("stores");
    bookNook.findElement(By.cssSelector("button[id$=':shopNow']")).click();
    wait.until(ExpectedConditions.urlContains("subid="));
    String shopAddress = browser.getCurrentUrl();
    assertThat(shopAddress).startsWith("https://shop.example/book-nook?subid=");
    String click = shopAddress.substring(shopAddress.indexOf("subid=") + "subid=".length());
    assertThat(click).isNotBlank();

    // The affiliate network reports the sale: pending cashback of 80 % of the commission.
    String order = "BN-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(postback(click, order, "pending")).contains("\"status\":\"PENDING\"");
    open("/cashback/learner/my-cashback.xhtml");
    String mine = browser.findElement(By.id("mine:myTable")).getText();
    assertThat(mine).contains("Book Nook").contains("$80.00").contains("Pending");
    assertThat(cardValue("Pending")).isEqualTo("$80.00");
    showCardsAndTable();
    save("shop-cashback-pending");

    // The network approves the order: the cashback is confirmed and available.
    assertThat(postback(click, order, "approved")).contains("\"status\":\"CONFIRMED\"");
    open("/cashback/learner/my-cashback.xhtml");
    mine = browser.findElement(By.id("mine:myTable")).getText();
    assertThat(mine).contains("Book Nook").contains("$80.00").contains("Confirmed");
    assertThat(mine).doesNotContain("Pending");
    assertThat(cardValue("Available")).isEqualTo("$80.00");
    showCardsAndTable();
    save("shop-cashback-confirmed");
    signOut();

    // The admin's click history names the new learner's click at Book Nook with its share.
    signIn("admin");
    open("/cashback/admin/networks.xhtml");
    WebElement allClicks = browser.findElement(By.id("clicks:clickTable"));
    browser.findElement(By.id("clicks:user")).sendKeys(email);
    browser.findElement(By.id("clicks:apply")).click();
    wait.until(ExpectedConditions.stalenessOf(allClicks));
    String clicks =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clicks:clickTable")))
            .getText();
    assertThat(clicks).contains(email).contains("Book Nook").contains(click).contains("80 %");
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById('clicks:clickTable').scrollIntoView({block: 'center'});");
    save("admin-click-history");
  }

  @Test
  @Order(1)
  void learnerDonatesAShare_claimsMissingCashback_adminApprovesTheClaim() throws Exception {
    try {
      // Leo gives 10 % of his cashback to the cause, from My cashback.
      signIn("leo");
      open("/cashback/learner/my-cashback.xhtml");
      BigDecimal donatedBefore = donatedSoFar();
      WebElement share = browser.findElement(By.id("donation:share_input"));
      share.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      share.sendKeys("10");
      browser.findElement(By.id("donation:saveDonation")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("cb-messages_container"), "Donation share saved"));
      assertThat(browser.findElement(By.id("cb-messages_container")).getText())
          .contains("From now on 10 % of each cashback you earn goes to the cause.");
      assertThat(browser.findElement(By.id("donation:share_input")).getAttribute("value"))
          .startsWith("10.00");
      save("learner-donation");

      // He shops at Book Nook; the network reports the order pending, then approves it: of the
      // 80.00 cashback, 8.00 goes to the cause when it is confirmed.
      String click = shopNow("Book Nook", "subid=");
      String order = "BN-" + UUID.randomUUID().toString().substring(0, 8);
      assertThat(postback(click, order, "pending")).contains("\"status\":\"PENDING\"");
      assertThat(postback(click, order, "approved")).contains("\"status\":\"CONFIRMED\"");
      open("/cashback/learner/my-cashback.xhtml");
      WebElement row =
          browser.findElement(
              By.xpath(
                  "//tbody[@id='mine:myTable_data']/tr[contains(.,'Book Nook')"
                      + " and contains(.,'$80.00') and contains(.,'Confirmed')]"));
      assertThat(row.getText()).contains("$500.00").contains("$8.00");
      assertThat(donatedSoFar()).isEqualByComparingTo(donatedBefore.add(new BigDecimal("8.00")));
      assertThat(browser.findElement(By.id("donation")).getText()).contains("Donated so far:");
      ((org.openqa.selenium.JavascriptExecutor) browser)
          .executeScript("document.getElementById('donation').scrollIntoView({block: 'start'});");
      save("learner-donation-given");

      // He shops at Desk Depot too, but the order brings nothing. Three days later (claims open
      // two days after the click) he claims it on Missing cashback.
      String lostClick = shopNow("Desk Depot", "cb_click=");
      assertThat(control("advance&days=3")).isNotBlank();
      open("/cashback/learner/missing-cashback.xhtml");
      WebElement clickRow =
          browser.findElement(
              By.xpath(
                  "//tbody[@id='clicks:clickTable_data']/tr[.//code[normalize-space()='"
                      + lostClick
                      + "']]"));
      assertThat(clickRow.getText()).contains("Desk Depot").contains("Yes, until");
      clickRow.findElement(By.cssSelector("button[id$=':claim']")).click();
      WebElement orderId =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claimForm:orderId")));
      assertThat(browser.findElement(By.id("claimForm:click_label")).getText())
          .startsWith("Desk Depot");
      String lostOrder = "DD-" + UUID.randomUUID().toString().substring(0, 8);
      orderId.sendKeys(lostOrder);
      browser.findElement(By.id("claimForm:amount_input")).sendKeys("240");
      assertThat(browser.findElement(By.id("claimForm:currency")).getAttribute("value"))
          .isEqualTo("USD");
      save("learner-missing-cashback-dialog");
      browser.findElement(By.id("claimForm:submit")).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("claimForm:orderId")));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("cb-messages_container"), "Claim sent"));
      assertThat(browser.findElement(By.id("cb-messages_container")).getText())
          .contains(
              "Your claim for order "
                  + lostOrder
                  + " is sent; an admin checks it with the network.");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("mine:claimTable"), lostOrder));
      WebElement claimRow =
          browser.findElement(
              By.xpath("//tbody[@id='mine:claimTable_data']/tr[contains(.,'" + lostOrder + "')]"));
      assertThat(claimRow.getText()).contains("Desk Depot").contains("$240.00").contains("Open");
      assertThat(
              browser
                  .findElement(
                      By.xpath(
                          "//tbody[@id='clicks:clickTable_data']/tr[.//code[normalize-space()='"
                              + lostClick
                              + "']]"))
                  .getText())
          .contains("No: already claimed");
      // Both tables in the picture: the claimed click and the new claim.
      ((org.openqa.selenium.JavascriptExecutor) browser)
          .executeScript("document.getElementById('mine').scrollIntoView({block: 'end'});");
      save("learner-missing-cashback");
      signOut();

      // The admin approves the claim with the commission the network owes.
      signIn("admin");
      open("/cashback/admin/claims.xhtml");
      filter("claims:claimTable", "filter:user", "leo");
      By adminRow =
          By.xpath("//tbody[@id='claims:claimTable_data']/tr[contains(.,'" + lostOrder + "')]");
      WebElement claim = wait.until(ExpectedConditions.visibilityOfElementLocated(adminRow));
      assertThat(claim.getText()).contains("leo").contains(lostClick).contains("Open");
      claim.findElement(By.cssSelector("button[id$=':approve']")).click();
      WebElement commission =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(By.id("approveForm:commission_input")));
      assertThat(browser.findElement(By.id("approveForm")).getText())
          .contains("Order " + lostOrder + " of 240.00 USD by leo.");
      commission.sendKeys("12");
      save("admin-claims-approve-dialog");
      browser.findElement(By.id("approveForm:confirmApprove")).click();
      WebElement yes =
          wait.until(
              ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
      // Answered once it has faded in: answered while fading in, it was seen to stay on screen.
      animationsDone();
      yes.click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("cb-messages_container"),
              "The claim for order "
                  + lostOrder
                  + " of leo is approved: the cashback is pending."));
      wait.until(
          ExpectedConditions.invisibilityOfElementLocated(By.id("approveForm:commission_input")));
      wait.until(
          ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirmdialog")));
      wait.until(
          d -> {
            String text = d.findElement(adminRow).getText();
            return text.contains("Approved") && text.contains("Decided by admin");
          });
      save("admin-claims");
    } finally {
      control("reset");
      // Leo's later cashback (in other test classes) donates nothing again.
      new ApiClient(base, "leo").put(API + "/wallets/me/donation", "{\"sharePercent\":0}");
    }
  }

  /**
   * A long export shows its progress dialog from the click until the file starts to arrive, and not
   * after.
   */
  @Test
  @Order(5)
  void longExport_showsItsProgressUntilTheDownloadStarts() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    post("/test-export-rows?action=transactions&count=25000&tag=" + tag);
    // A browser that does not wait for the form's navigation: by default the click itself waits
    // until the file's response arrives, and with it the cookie that hides the dialog within the
    // download monitor's next second, so the dialog could be gone before the test looks at it.
    browser.quit();
    browser = newBrowser(PageLoadStrategy.NONE);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    try {
      signIn("admin");
      open("/cashback/admin/transactions.xhtml?user=Export+" + tag);
      WebElement export =
          wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.id("transactions:transactionTable:exportXlsx")));
      // The page's scripts have run: the button's handler finds the dialog's widget.
      wait.until(
          d ->
              (Boolean)
                  ((org.openqa.selenium.JavascriptExecutor) d)
                      .executeScript(
                          "return document.readyState === 'complete' && !!window.PrimeFaces"
                              + " && !!PrimeFaces.widgets['cbExportProgress'];"));
      // A slow network, as a long export over a real one: the file arrives seconds after the
      // click, however fast a warm server writes it, so the progress is there to be seen.
      HasNetworkConditions network = (HasNetworkConditions) browser;
      ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
      slow.setLatency(Duration.ofSeconds(6));
      network.setNetworkConditions(slow);
      try {
        export.click();
        WebElement progress =
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cbExportProgress")));
        assertThat(progress.getText())
            .contains("Exporting")
            .contains("Every row the filter selects");
        assertThat(progress.findElements(By.cssSelector(".ui-progressbar-indeterminate")))
            .hasSize(1);
        save("admin-export-progress");
        new WebDriverWait(browser, Duration.ofSeconds(180))
            .until(ExpectedConditions.invisibilityOfElementLocated(By.id("cbExportProgress")));
      } finally {
        network.deleteNetworkConditions();
      }
    } finally {
      post("/test-export-rows?action=delete&tag=" + tag);
    }
  }

  /**
   * The pages in the learner's language: Spanish chosen with the header's selector (remembered on
   * the next page), Arabic from the browser's {@code Accept-Language} alone, laid out right to
   * left; the plugin's menus, statuses, money and dates follow.
   */
  @Test
  @Order(6)
  void learnerChoosesSpanish_browserAsksForArabic_pagesFollowInTheirLanguage() throws Exception {
    signIn("lena");
    // As a pick from the menu does (the widget's own API, not a click racing its slide).
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("PF('languageMenu').selectValue('es'); PF('languageMenu').triggerChange();");
    // The page loads again in Spanish: read the new document's language, whatever the old one's
    // elements answer while it goes.
    wait.ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            d ->
                "es"
                    .equals(
                        ((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("return document.documentElement.lang")));
    open("/cashback/learner/my-cashback.xhtml");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
    assertThat(browser.findElement(By.cssSelector(".lms-top")).getText())
        .contains("Cursos", "Mi cashback");
    assertThat(browser.findElement(By.id("mine:myTable")).getText())
        // WebDriver reads the no-break space between amount and symbol as a space.
        .contains("UI Design Principles", "Pendiente", "4,50 US$");
    save("my-cashback-es");
    open("/index.xhtml");
    assertThat(browser.findElement(By.cssSelector(".lms-top")).getText()).contains("Cursos");
    save("catalog-es");
    browser.quit();
    browser = null;

    browser = arabicBrowser();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    open("/index.xhtml");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    signIn("lena");
    open("/cashback/learner/my-cashback.xhtml");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    assertThat(browser.findElement(By.id("mine:myTable")).getText())
        .contains(
            "\u0642\u064a\u062f \u0627\u0644\u0627\u0646\u062a\u0638\u0627\u0631", // pending
            "\u0664\u066b\u0665\u0660"); // 4.50 in Arabic-Indic digits
    save("my-cashback-ar");
  }

  /**
   * A fixed rule in two currencies from the form: 5.00 USD and, as a further currency, 500 JPY; the
   * rule list shows both amounts, neither converted.
   */
  @Test
  @Order(7)
  void adminCreatesAFixedRuleInTwoCurrencies_theListShowsEach() throws IOException {
    signIn("admin");
    open("/cashback/admin/rule-edit.xhtml");
    browser.findElement(By.id("rule:title")).sendKeys("Bundles: 5 dollars or 500 yen");
    browser
        .findElement(By.xpath("//div[@id='rule:amountType']//div[contains(., 'Fixed')]"))
        .click();
    browser.findElement(By.id("rule:amount_input")).sendKeys("5");
    browser.findElement(By.id("rule:currency")).sendKeys("USD");
    // Saved inactive, so it grants nothing to later tests' purchases.
    browser.findElement(By.cssSelector("#rule\\:status .ui-toggleswitch-slider")).click();
    browser.findElement(By.id("rule:addCurrency")).click();
    WebElement yen =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.id("rule:otherCurrencyTable:0:otherCurrency")));
    yen.sendKeys("JPY");
    browser.findElement(By.id("rule:otherCurrencyTable:0:otherFixed_input")).sendKeys("500");
    save("admin-rule-currencies");
    browser.findElement(By.id("rule:save")).click();
    wait.until(ExpectedConditions.urlContains("rules.xhtml"));
    assertThat(browser.findElement(By.cssSelector(".ui-datatable")).getText())
        .contains("Bundles: 5 dollars or 500 yen")
        .contains("$5.00 \u00b7 \u00a5500");
    save("admin-rules-currencies");
  }

  /**
   * A learner's balances in three currencies at once: purchases in yen and Bahraini dinars (three
   * decimals) beside the dollars, each shown on its own, never summed or converted.
   */
  @Test
  @Order(8)
  void learnerWithPurchasesInThreeCurrencies_seesEachBalanceOnItsOwn() throws Exception {
    control("reset"); // the signed intake checks signatures against the plugin's clock
    for (String[] purchase : new String[][] {{"JPY", "6000"}, {"BHD", "25.000"}}) {
      String body =
          ApiClient.purchase(
                  UUID.randomUUID().toString(), "lena", "sql-deep-dive", "ivan", purchase[1])
              .replace("\"currency\":\"USD\"", "\"currency\":\"" + purchase[0] + "\"");
      assertThat(
              ApiClient.anonymous(base)
                  .postSigned(ApiClient.API + "/purchases", body, ApiClient.now())
                  .statusCode())
          .isEqualTo(202);
    }
    signIn("lena");
    open("/cashback/learner/my-cashback.xhtml");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cb-cards"), "BHD"));
    assertThat(browser.findElement(By.cssSelector(".cb-cards")).getText())
        .contains("\u00a5600", "BHD2.500", "$");
    save("my-cashback-currencies");
  }

  /**
   * Cashback → Webhooks: an admin adds an endpoint in the dialog and sees its secret once; a
   * purchase's event shows in the deliveries with its last answer (nothing listens on the port).
   */
  @Test
  @Order(9)
  void adminAddsAWebhookEndpoint_seesTheSecretOnce_andTheDeliveries() throws Exception {
    signIn("admin");
    open("/cashback/admin/webhooks.xhtml");
    browser.findElement(By.id("endpoints:add")).click();
    WebElement url =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("endpointForm:url")));
    url.sendKeys("http://127.0.0.1:9/cashback-events");
    browser.findElement(By.id("endpointForm:description")).sendKeys("Order system");
    save("admin-webhook-dialog");
    browser.findElement(By.id("endpointForm:save")).click();
    WebElement secret =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secretForm")));
    assertThat(secret.getText()).contains("whsec_");
    save("admin-webhook-secret");
    secret.findElement(By.tagName("button")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("secretForm")));

    control("reset");
    String body =
        ApiClient.purchase(UUID.randomUUID().toString(), "leo", "sql-deep-dive", "ivan", "40.00");
    assertThat(
            ApiClient.anonymous(base)
                .postSigned(ApiClient.API + "/purchases", body, ApiClient.now())
                .statusCode())
        .isEqualTo(202);
    control("deliver-events");
    open("/cashback/admin/webhooks.xhtml");
    assertThat(browser.findElement(By.id("endpoints:endpointTable")).getText())
        .contains("http://127.0.0.1:9/cashback-events", "Order system");
    assertThat(browser.findElement(By.id("deliveries:deliveryTable")).getText())
        .contains("dev.cashback.transaction.granted");
    save("admin-webhooks");
    // Later test classes share the database: the endpoint goes, so their events stay unsent.
    for (var endpoint :
        ApiClient.array(new ApiClient(base, "admin").get(ApiClient.API + "/webhooks/endpoints"))) {
      new ApiClient(base, "admin")
          .delete(
              ApiClient.API
                  + "/webhooks/endpoints/"
                  + endpoint.asJsonObject().getJsonNumber("id").longValue());
    }
  }

  /** A browser whose every request asks for Arabic pages, as an Arabic-speaking learner's does. */
  private WebDriver arabicBrowser() {
    ChromeDriver arabic = newBrowser(PageLoadStrategy.NORMAL);
    arabic.executeCdpCommand("Network.enable", java.util.Map.of());
    arabic.executeCdpCommand(
        "Network.setExtraHTTPHeaders",
        java.util.Map.of("headers", java.util.Map.of("Accept-Language", "ar")));
    return arabic;
  }

  private String shopNow(String store, String parameter) {
    open("/stores.xhtml");
    browser
        .findElement(
            By.xpath(
                "//div[contains(@class,'lms-store')][.//*[normalize-space()='" + store + "']]"))
        .findElement(By.cssSelector("button[id$=':shopNow']"))
        .click();
    wait.until(ExpectedConditions.urlContains(parameter));
    String address = browser.getCurrentUrl();
    String click = address.substring(address.indexOf(parameter) + parameter.length());
    assertThat(click).isNotBlank().doesNotContain("&");
    return click;
  }

  /** What My cashback says the learner donated so far, in dollars (zero when nothing yet). */
  private BigDecimal donatedSoFar() {
    return browser.findElements(By.cssSelector("#donation .cb-donated")).stream()
        .map(WebElement::getText)
        .filter(amount -> amount.startsWith("$"))
        .map(amount -> new BigDecimal(amount.substring(1).replace(",", "")))
        .findFirst()
        .orElse(BigDecimal.ZERO);
  }

  /** The affiliate network's postback for the click, as plain form fields; its JSON answer. */
  private String postback(String click, String order, String status) throws Exception {
    String form =
        "click_id="
            + URLEncoder.encode(click, StandardCharsets.UTF_8)
            + "&transaction_id="
            + URLEncoder.encode(order, StandardCharsets.UTF_8)
            + "&sale_amount=500.00&commission=100.00&currency=USD&status="
            + status
            + "&secret=demo-network-secret";
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            base.toString().replaceAll("/$", "")
                                + "/api/cashback/v1/networks/demo-network/postback"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  /** Scrolls My cashback so its cards and the first rows of its table are both in the picture. */
  /**
   * Confirmation the LMS decides: a rule (more generous than the demo's, so it is the best one for
   * the course) confirms at half the course; the learner sees why the cashback is pending, marks
   * lessons done on the course page, and at 50 % it is confirmed.
   */
  @Test
  @Order(10)
  void learnerFinishesHalfTheCourse_theCashbackIsConfirmed() throws Exception {
    control("reset");
    HttpResponse<String> rule =
        new ApiClient(base, "admin")
            .post(
                ApiClient.API + "/rules",
                "{\"title\":\"Half the course\",\"amountType\":\"PERCENTAGE\",\"amount\":20,"
                    + "\"currency\":\"USD\",\"userType\":\"USERS\",\"audience\":[\"lucy\"],"
                    + "\"targetType\":\"COURSE\",\"targets\":[\"sql-deep-dive\"],"
                    + "\"status\":\"ACTIVE\",\"priority\":50,\"confirmAtProgress\":50}");
    assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);

    signIn("lucy");
    open("/course.xhtml?id=sql-deep-dive");
    browser.findElement(By.id("buy:buyButton")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Thank you"));
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .pollingEvery(Duration.ofSeconds(1))
        .until(
            d -> {
              open("/cashback/learner/my-cashback.xhtml");
              return d.findElement(By.id("mine:myTable"))
                  .getText()
                  .contains("When you finish 50 %");
            });
    assertThat(browser.findElement(By.id("mine:myTable")).getText())
        .contains("When you finish 50 % of SQL Deep Dive, or on");
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'})",
            browser.findElement(By.cssSelector(".cb-available-at-progress")));
    save("my-cashback-progress");

    open("/course.xhtml?id=sql-deep-dive");
    for (int lesson = 1; lesson <= 5; lesson++) {
      WebElement progress = browser.findElement(By.id("lessons:progress"));
      browser.findElement(By.id("lessons:markLessonDone")).click();
      wait.until(ExpectedConditions.stalenessOf(progress));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("lessons:progress"), lesson + " of 10"));
    }
    save("course-progress");
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .pollingEvery(Duration.ofSeconds(1))
        .until(
            d -> {
              open("/cashback/learner/my-cashback.xhtml");
              return !d.findElement(By.id("mine:myTable")).getText().contains("When you finish");
            });
    signOut();
    // The rule is Lucy's alone and the most generous for the course: off again, so the other
    // tests' purchases of the course earn as they expect.
    java.util.regex.Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(rule.body());
    assertThat(id.find()).isTrue();
    assertThat(
            new ApiClient(base, "admin")
                .post(ApiClient.API + "/rules/" + id.group(1) + "/deactivate", "{}")
                .statusCode())
        .isEqualTo(200);
  }

  /**
   * Cashback → Review: a cashback over the review threshold waits; the admin reads the learner's
   * history and declines it with a reason; the queue is empty again.
   */
  @Test
  @Order(11)
  void adminReviewsHeldCashback_declinesItWithAReason() throws Exception {
    control("reset");
    String purchase =
        ApiClient.purchase(UUID.randomUUID().toString(), "leo", "jakarta-ee", "irene", "2000.00");
    assertThat(
            ApiClient.anonymous(base)
                .postSigned(ApiClient.API + "/purchases", purchase, ApiClient.now())
                .statusCode())
        .isEqualTo(202);
    signIn("admin");
    // Other tests may have left cashback waiting: Leo's is the row of his $2,000.00 purchase.
    int[] row = {-1};
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .pollingEvery(Duration.ofSeconds(1))
        .until(
            d -> {
              open("/cashback/admin/reviews.xhtml");
              row[0] = rowOf("reviews:reviewTable", "$2,000.00");
              return row[0] >= 0;
            });
    String at = "reviews:reviewTable:" + row[0] + ":";
    assertThat(browser.findElement(By.id("reviews:reviewTable")).getText())
        .contains("Review threshold");
    save("review");
    browser.findElement(By.id(at + "history")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("historyForm:recentTable")));
    save("review-history");
    browser.findElement(By.cssSelector("#historyDialog .ui-dialog-titlebar-close")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("historyForm:recentTable")));

    browser.findElement(By.id(at + "decline")).click();
    WebElement reason =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("declineForm:reason")));
    reason.sendKeys("The order was paid with a card reported stolen.");
    save("review-decline");
    WebElement table = browser.findElement(By.id("reviews:reviewTable"));
    browser.findElement(By.id("declineForm:confirmDecline")).click();
    wait.until(ExpectedConditions.stalenessOf(table));
    wait.until(d -> rowOf("reviews:reviewTable", "$2,000.00") < 0);
    signOut();
  }

  /**
   * Cashback → Import purchases: an admin uploads a file of past orders, sees which are ready and
   * why one is refused, imports with a progress bar; importing the same file again changes nothing.
   */
  @Test
  @Order(12)
  void adminImportsPastPurchases_theSameFileAgainChangesNothing() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Path file = Files.createTempFile("past-orders", ".csv");
    Files.writeString(
        file,
        "purchase_id,occurred_at,currency,user_id,user_name,target_id,title,instructor_id,unit_price,quantity\n"
            + "old-"
            + run
            + "-1,2025-11-02T10:00:00Z,USD,lena,Lena Learner,typography,Typography Essentials,ivan,29.00,1\n"
            + "old-"
            + run
            + "-2,2025-11-03T11:30:00Z,USD,leo,Leo Learner,negotiation,Negotiation Skills,ivan,35.00,1\n"
            + "old-"
            + run
            + "-2,2025-11-03T11:30:00Z,USD,leo,Leo Learner,color-theory,\"Color Theory, for Screens\",irene,19.99,1\n"
            + "old-"
            + run
            + "-3,2025-11-04T09:00:00Z,USD,lucy,Lucy Learner,sql-deep-dive,SQL Deep Dive,ivan,fifty,1\n");
    signIn("admin");
    for (int round = 1; round <= 2; round++) {
      open("/cashback/admin/import.xhtml");
      browser.findElement(By.id("upload:file_input")).sendKeys(file.toString());
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview:previewTable")));
      assertThat(browser.findElement(By.id("preview:previewTable")).getText())
          .contains("old-" + run + "-2", "3\u20134", "Refused", "row 5: unit_price");
      if (round == 1) {
        save("admin-import-preview");
      }
      browser.findElement(By.id("run:start")).click();
      WebElement report =
          new WebDriverWait(browser, Duration.ofSeconds(60))
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("run:report")));
      if (round == 1) {
        assertThat(browser.findElement(By.id("accepted")).getText()).isEqualTo("2");
        save("admin-import-result");
      } else {
        assertThat(browser.findElement(By.id("accepted")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.id("duplicates")).getText()).isEqualTo("2");
      }
      assertThat(report.getText()).contains("Refused in the file");
    }
    signOut();
    Files.deleteIfExists(file);
    // Each import is recorded with who ran it (it ran outside any transaction at first: lost).
    assertThat(Long.parseLong(control("audited&what=PURCHASES_IMPORTED")))
        .isGreaterThanOrEqualTo(2);
  }

  /** The row index of the table's first row on the page whose text has {@code text}; else -1. */
  private int rowOf(String tableId, String text) {
    for (WebElement row :
        browser.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr[data-ri]"))) {
      if (row.getText().contains(text)) {
        return Integer.parseInt(row.getAttribute("data-ri"));
      }
    }
    return -1;
  }

  private void showCardsAndTable() {
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.querySelector('.cb-cards').scrollIntoView({block: 'start'});");
  }

  /** The amount on My cashback's card of that title. */
  private String cardValue(String title) {
    return browser
        .findElement(
            By.xpath(
                "//div[contains(@class,'cb-card')][.//*[contains(@class,'ui-card-title')][normalize-space()='"
                    + title
                    + "']]//div[contains(@class,'cb-card-value')]"))
        .getText();
  }

  private String control(String action) throws Exception {
    return post("/test-control?action=" + action);
  }

  private String post(String pathAndQuery) throws Exception {
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base.toString().replaceAll("/$", "") + pathAndQuery))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private void signIn(String username) {
    open("/login.xhtml");
    // Waited for: a browser that does not wait for pages to load may not have the form yet.
    wait.until(ExpectedConditions.elementToBeClickable(By.id("j_username"))).sendKeys(username);
    browser.findElement(By.id("j_password")).sendKeys("demo1234");
    browser.findElement(By.id("signIn")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
  }

  private void signOut() {
    browser.findElement(By.cssSelector("#logout button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
  }

  private void open(String path) {
    String root = base.toString().replaceAll("/$", "");
    browser.get(root + path);
  }

  private void save(String name) throws IOException {
    // Let fades and slides finish, so the picture shows the page as a person sees it.
    animationsDone();
    Path shot =
        ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Waits until no jQuery animation (a dialog fading in or out, a growl sliding) is running. */
  private void animationsDone() {
    wait.until(
        d ->
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return !window.jQuery || jQuery(':animated').length === 0;"));
  }

  /** Types {@code value} into a filter field, applies the filter and waits for the new table. */
  private void filter(String tableId, String fieldId, CharSequence value) {
    WebElement before = browser.findElement(By.id(tableId));
    browser.findElement(By.id(fieldId)).sendKeys(value);
    browser.findElement(By.id("filter:apply")).click();
    wait.until(ExpectedConditions.stalenessOf(before));
  }
}
