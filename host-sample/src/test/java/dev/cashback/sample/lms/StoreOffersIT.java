package dev.cashback.sample.lms;

import static dev.cashback.sample.lms.ApiClient.API;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deals and coupons on All stores over HTTP, as a browser posts the page: Shop now on a coupon or a
 * deal records a click whose offer is that coupon or deal and sends the learner to the offer's
 * address with the click id; an unknown, expired or other store's offer id is refused with a
 * message and records nothing; the filter keeps a later Shop now on the card the learner saw.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoreOffersIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.hostWithPlugin().addClass(StoreOffersTestServlet.class);
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();
  private Browser leo;
  private String page;

  /** The view state the filter's AJAX requests carry on (the partial response may renew it). */
  private String filterState;

  @BeforeEach
  void leoOpensAllStores() throws Exception {
    leo = new Browser(base);
    leo.signIn("leo", "demo1234", "/stores.xhtml");
    page = leo.get("/stores.xhtml").body();
    filterState = viewState(page);
  }

  @Test
  void page_showsDealsAndCoupons_withTheirCodes() throws Exception {
    assertThat(page)
        .contains("20% off programming books", "BOOKS20", "lms-coupon-code")
        .contains("E-book bundle: five titles for $25")
        .contains("Student plan: three months free", "LMS50")
        .contains("Valid until");
    assertThat(new Browser(base).get("/stores.xhtml").body())
        .as("signed out: offers shown, no Shop now")
        .contains("BOOKS20")
        .doesNotContain("shopOffer");
  }

  @Test
  void shopNowOnACoupon_recordsTheCoupon_andLeadsToTheStore() throws Exception {
    long coupon = offerId("BOOKS20");
    HttpResponse<byte[]> redirect = shopOffer(button(coupon), Long.toString(coupon));
    String location = redirect.headers().firstValue("Location").orElseThrow();
    assertThat(location)
        .as("the coupon has no page of its own")
        .startsWith("https://shop.example/book-nook?subid=");
    String click = location.substring(location.indexOf("subid=") + "subid=".length());

    JsonObject recorded = click(click).orElseThrow();
    assertThat(recorded.getString("offerId"))
        .isEqualTo("COUPON " + coupon + ": 20% off programming books");
    assertThat(recorded.getString("storeId")).isEqualTo("book-nook");

    Browser admin = new Browser(base);
    admin.signIn("admin", "demo1234", "/cashback/admin/networks.xhtml");
    assertThat(admin.get("/cashback/admin/networks.xhtml").body())
        .as("the admin's click history, newest first")
        .contains("Deal or coupon")
        .contains("COUPON " + coupon + ": 20% off programming books");
  }

  @Test
  void shopNowOnADeal_leadsToTheDealsOwnPage() throws Exception {
    String coupon = Long.toString(offerId("BOOKS20"));
    Matcher deal =
        Pattern.compile("<button[^>]*id=\"(stores:list:0:offers:\\d+:shopOffer)\"[^>]*>")
            .matcher(page);
    String bundle = null;
    String offer = null;
    while (deal.find()) {
      if (!offerParam(deal.group()).equals(coupon)) {
        bundle = deal.group(1);
        offer = offerParam(deal.group());
      }
    }
    assertThat(bundle).as("Book Nook's deal button").isNotNull();
    String location = shopOffer(bundle, offer).headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("https://shop.example/book-nook/bundles?subid=");
    String click = location.substring(location.indexOf("subid=") + "subid=".length());
    assertThat(click(click).orElseThrow().getString("offerId"))
        .isEqualTo("DEAL " + offer + ": E-book bundle: five titles for $25");
  }

  @Test
  void unknownOffer_isRefused_andRecordsNothing() throws Exception {
    String button = button(offerId("BOOKS20"));
    int before = clicks().size();
    for (String unknown : new String[] {"999999999", "not-a-number", ""}) {
      HttpResponse<byte[]> refused = shopOffer(button, unknown);
      assertThat(refused.headers().firstValue("Location")).as(unknown).isEmpty();
      assertThat(body(refused)).contains("This deal or coupon does not exist");
      page = leo.get("/stores.xhtml").body();
      assertThat(page).as("the message is shown once").doesNotContain("does not exist");
    }
    assertThat(clicks()).hasSize(before);
  }

  @Test
  void anotherStoresOffer_isRefused_andRecordsNothing() throws Exception {
    String booksButton = button(offerId("BOOKS20"));
    int before = clicks().size();
    HttpResponse<byte[]> refused = shopOffer(booksButton, Long.toString(offerId("LMS50")));
    assertThat(refused.headers().firstValue("Location")).isEmpty();
    assertThat(body(refused)).contains("not one of Book Nook");
    assertThat(clicks()).hasSize(before);
  }

  @Test
  void offerExpiredAfterThePageWasShown_isRefused_andRecordsNothing() throws Exception {
    String code = "LAST" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String id = testOffers("add&store=desk-depot&title=Last+day+coupon&code=" + code).body();
    try {
      page = leo.get("/stores.xhtml").body();
      assertThat(page).as("valid through today").contains(code);
      String button = button(Long.parseLong(id));
      testOffers("expire&id=" + id);
      int before = clicks().size();

      HttpResponse<byte[]> refused = shopOffer(button, id);
      assertThat(refused.headers().firstValue("Location")).isEmpty();
      assertThat(body(refused)).contains("Last day coupon", "has expired");
      assertThat(clicks()).hasSize(before);
      assertThat(leo.get("/stores.xhtml").body()).as("no longer shown").doesNotContain(code);
    } finally {
      testOffers("remove&id=" + id);
    }
  }

  @Test
  void notALearner_recordsNothing() throws Exception {
    Browser admin = new Browser(base);
    admin.signIn("admin", "demo1234", "/stores.xhtml");
    String adminPage = admin.get("/stores.xhtml").body();
    assertThat(adminPage).contains("BOOKS20").doesNotContain("shopOffer");
    int before = clicks().size();
    // The learner's button posted in the admin's view: the admin's page has no such button.
    HttpResponse<byte[]> answer =
        admin.postForm(
            "/stores.xhtml",
            form(button(offerId("BOOKS20")), Long.toString(offerId("BOOKS20")), adminPage));
    assertThat(answer.headers().firstValue("Location")).isEmpty();
    assertThat(clicks()).hasSize(before);
  }

  @Test
  void filter_byNameAndKind_thenShopNowOnTheCardShown() throws Exception {
    String coupons = ajax("stores:kind", "stores%3Akind=COUPON");
    assertThat(coupons).contains("BOOKS20", "DESK15", "LMS50").doesNotContain("E-book bundle");
    String cloud = ajax("stores:name", "stores%3Aname=cLoUd&stores%3Akind=COUPON");
    assertThat(cloud).contains("LMS50", "RESERVE10").doesNotContain("BOOKS20", "Desk Depot");
    assertThat(ajax("stores:name", "stores%3Aname=no+such+store&stores%3Akind=ALL"))
        .contains("No store matches the filter.");
    ajax("stores:name", "stores%3Aname=cloud&stores%3Akind=ALL");

    // The first card is now Cloud Credits: its Shop now goes there, not to Book Nook.
    HttpResponse<byte[]> redirect =
        leo.postForm(
            "/stores.xhtml",
            "stores=stores&stores%3Alist%3A0%3AshopNow=Shop+now&jakarta.faces.ViewState="
                + URLEncoder.encode(filterState, StandardCharsets.UTF_8));
    String location = redirect.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("https://shop.example/cloud-credits?ref=lms&subid=");
    String click = location.substring(location.indexOf("subid=") + "subid=".length());
    JsonObject recorded = click(click).orElseThrow();
    assertThat(recorded.getString("storeId")).isEqualTo("cloud-credits");
    assertThat(recorded.containsKey("offerId") && !recorded.isNull("offerId"))
        .as("the store's own Shop now records no offer")
        .isFalse();
  }

  // --- helpers

  /** The client id of the Shop now button of offer {@code id} on the page last loaded. */
  private String button(long id) {
    Matcher buttons =
        Pattern.compile("<button[^>]*id=\"(stores:list:\\d+:offers:\\d+:shopOffer)\"[^>]*>")
            .matcher(page);
    while (buttons.find()) {
      if (offerParam(buttons.group()).equals(Long.toString(id))) {
        return buttons.group(1);
      }
    }
    throw new AssertionError("no Shop now for offer " + id + " in " + page);
  }

  /** The {@code offer} parameter a button's click adds to the form. */
  private static String offerParam(String buttonTag) {
    Matcher offer =
        Pattern.compile("(?:'|&#39;)offer(?:'|&#39;)\\s*:\\s*(?:'|&#39;)(\\d+)(?:'|&#39;)")
            .matcher(buttonTag);
    assertThat(offer.find()).as(buttonTag).isTrue();
    return offer.group(1);
  }

  /** Posts the page as a click on {@code button} does, with {@code offer} as its parameter. */
  private HttpResponse<byte[]> shopOffer(String button, String offer) throws Exception {
    return leo.postForm("/stores.xhtml", form(button, offer, page));
  }

  private static String form(String button, String offer, String page) {
    String id = URLEncoder.encode(button, StandardCharsets.UTF_8);
    return "stores=stores&"
        + id
        + "="
        + id
        + "&offer="
        + URLEncoder.encode(offer, StandardCharsets.UTF_8)
        + "&jakarta.faces.ViewState="
        + URLEncoder.encode(viewState(page), StandardCharsets.UTF_8);
  }

  /** A filter change as PrimeFaces sends it; answers the partial response. */
  private String ajax(String source, String fields) throws Exception {
    String src = URLEncoder.encode(source, StandardCharsets.UTF_8);
    HttpResponse<byte[]> response =
        leo.postForm(
            "/stores.xhtml",
            "jakarta.faces.partial.ajax=true&jakarta.faces.source="
                + src
                + "&jakarta.faces.partial.execute="
                + src
                + "&jakarta.faces.partial.render=stores%3Acards&jakarta.faces.behavior.event="
                + (source.endsWith("name") ? "keyup" : "change")
                + "&jakarta.faces.partial.event="
                + (source.endsWith("name") ? "keyup" : "change")
                + "&stores=stores&"
                + fields
                + "&jakarta.faces.ViewState="
                + URLEncoder.encode(filterState, StandardCharsets.UTF_8));
    String body = body(response);
    assertThat(body).as(body).contains("<partial-response").doesNotContain("<error>");
    Matcher state =
        Pattern.compile("jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)\\]\\]>")
            .matcher(body);
    if (state.find()) {
      filterState = state.group(1);
    }
    return body;
  }

  private static String viewState(String page) {
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"")
            .matcher(page);
    assertThat(state.find()).as(page).isTrue();
    return state.group(1);
  }

  private static String body(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private long offerId(String code) throws Exception {
    HttpResponse<String> found = testOffers("find&code=" + code);
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    return Long.parseLong(found.body());
  }

  private JsonArray clicks() throws Exception {
    return ApiClient.array(new ApiClient(base, "admin").get(API + "/networks/clicks?user=leo"));
  }

  private Optional<JsonObject> click(String clickId) throws Exception {
    return clicks().stream()
        .map(c -> c.asJsonObject())
        .filter(c -> c.getString("clickId").equals(clickId))
        .findFirst();
  }

  private HttpResponse<String> testOffers(String action) throws Exception {
    return http.send(
        HttpRequest.newBuilder(
                URI.create(base.toString().replaceAll("/$", "") + "/test-offers?action=" + action))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
