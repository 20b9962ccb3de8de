package dev.cashback.sample.lms;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cashback.sample.lms.model.Account;
import dev.cashback.sample.lms.model.Role;
import dev.cashback.sample.lms.service.DemoSecrets;
import dev.cashback.sample.lms.service.StartupChecks;
import dev.cashback.sample.lms.signup.SignUp;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sample host's own safety, inside the running platform on the configured database (PostgreSQL
 * in CI): demo secrets are recognised so a server not told it is a demo refuses them; sign-in needs
 * the login form's token and this site's origin, sets a SameSite session cookie, hashes at OWASP's
 * PBKDF2 figure (older hashes still verify and are upgraded), answers unknown users as slowly as
 * known ones and locks a user name after repeated failures.
 */
@ExtendWith(ArquillianExtension.class)
class HostSafetyIT {

  private static final String CURRENT_HASH = "PBKDF2WithHmacSHA256:600000:";

  @Deployment
  static WebArchive deployment() {
    return Deployments.hostWithPlugin()
        .addClasses(TestPersistence.class, HostSafetyIT.class, Browser.class, TestDatabase.class);
  }

  @ArquillianResource URL base;

  @Inject DemoSecrets demoSecrets;
  @Inject SignUp signUp;
  @Inject IdentityStoreHandler identityStores;
  @Inject Pbkdf2PasswordHash previousHash;

  @Resource(lookup = "java:comp/UserTransaction")
  UserTransaction tx;

  @Inject EntityManager lms;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource db;

  @Test
  void demoSecrets_onThisDemoDatabase_areFound_andRefuseAServerNotToldItIsADemo() {
    List<String> found = demoSecrets.found();
    assertTrue(found.stream().anyMatch(secret -> secret.contains("'admin'")), found.toString());
    assertTrue(
        found.stream().anyMatch(secret -> secret.contains("demo-network")), found.toString());
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class, () -> StartupChecks.refuseDemoSecrets(found, false));
    assertTrue(refused.getMessage().contains("cashback.demo-data"), refused.getMessage());
    assertDoesNotThrow(() -> StartupChecks.refuseDemoSecrets(found, true));
    assertDoesNotThrow(() -> StartupChecks.refuseDemoSecrets(List.of(), false));
  }

  @Test
  void signIn_withoutTheFormsToken_isRefused() throws Exception {
    Browser browser = new Browser(base);
    browser.get("/login.xhtml");
    HttpResponse<String> refused =
        browser.postSignIn("leo", "demo1234", "/index.xhtml", null, Map.of());
    assertTrue(location(refused).contains("/login.xhtml"), location(refused));
    assertEquals(302, browser.get("/account.xhtml").statusCode());
  }

  @Test
  void signIn_postedFromAnotherSite_isRefused_evenWithAToken() throws Exception {
    Browser browser = new Browser(base);
    for (Map<String, String> foreign :
        List.of(
            Map.of("Origin", "https://evil.example"),
            Map.of("Origin", "null"),
            Map.of("Referer", "https://evil.example/login-csrf.html"))) {
      HttpResponse<String> refused =
          browser.postSignIn("leo", "demo1234", "/index.xhtml", browser.signInToken(), foreign);
      assertTrue(location(refused).contains("/login.xhtml"), foreign.toString());
      assertEquals(302, browser.get("/account.xhtml").statusCode(), foreign.toString());
    }
    String ownOrigin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    HttpResponse<String> signedIn =
        browser.postSignIn(
            "leo", "demo1234", "/index.xhtml", browser.signInToken(), Map.of("Origin", ownOrigin));
    assertFalse(location(signedIn).contains("/login.xhtml"), location(signedIn));
    assertEquals(200, browser.get("/account.xhtml").statusCode());
  }

  @Test
  void theSessionCookie_isSameSiteLax() throws Exception {
    HttpResponse<String> signedIn = new Browser(base).signIn("lena", "demo1234", "/index.xhtml");
    List<String> cookies = signedIn.headers().allValues("Set-Cookie");
    assertTrue(
        cookies.stream()
            .anyMatch(
                cookie ->
                    cookie.startsWith("JSESSIONID=")
                        // Attribute values are case-insensitive; Payara writes "lax".
                        && cookie.toLowerCase(Locale.ROOT).contains("samesite=lax")),
        cookies.toString());
  }

  @Test
  void repeatedWrongPasswords_lockTheUserName_withAClearMessage() throws Exception {
    Browser attacker = new Browser(base);
    for (int i = 0; i < 5; i++) {
      String answer = location(attacker.signIn("lucy", "guess-" + i, "/index.xhtml"));
      assertTrue(answer.contains("failed=true"), answer);
    }
    HttpResponse<String> locked = attacker.signIn("lucy", "demo1234", "/index.xhtml");
    assertTrue(location(locked).contains("locked="), location(locked));
    assertTrue(attacker.get(path(location(locked))).body().contains("Too many failed sign-ins"));
    assertEquals(302, attacker.get("/account.xhtml").statusCode());
    // Others, from the same address, are not held up by one locked name.
    Browser other = new Browser(base);
    HttpResponse<String> signedIn = other.signIn("leo", "demo1234", "/index.xhtml");
    HttpResponse<String> account = other.get("/account.xhtml");
    // Says where the sign-in went and what the page said, should this ever fail again (it once
    // answered 403 in CI, cause not found).
    assertEquals(
        200,
        account.statusCode(),
        () -> "sign-in went to " + location(signedIn) + "; the page said: " + account.body());
  }

  @Test
  void repeatedWrongPasswordsOverHttpBasic_areAnswered429_withRetryAfter() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertEquals(401, basic("irene", "guess-" + i).statusCode());
    }
    HttpResponse<String> locked = basic("irene", "demo1234");
    assertEquals(429, locked.statusCode(), locked.body());
    assertTrue(locked.headers().firstValue("Retry-After").isPresent());
    assertTrue(locked.body().contains("Too many failed sign-ins"), locked.body());
    assertEquals(200, basic("lena", "demo1234").statusCode());
  }

  @Test
  void newPasswords_areHashedAtOwaspsPbkdf2Figure() throws Exception {
    Account account = newLearner("correct horse battery");
    String stored = storedHash(account.getUsername());
    assertTrue(stored.startsWith(CURRENT_HASH), stored);
  }

  @Test
  void anOlderHash_stillVerifies_andIsUpgradedOnSignIn() throws Exception {
    String user = "old-" + UUID.randomUUID().toString().substring(0, 8);
    previousHash.initialize(Map.of());
    String oldHash = previousHash.generate("an older password".toCharArray());
    assertTrue(oldHash.startsWith("PBKDF2WithHmacSHA256:2048:"), oldHash);
    tx.begin();
    lms.persist(new Account(user, user, user + "@example.com", Role.LEARNER, oldHash));
    tx.commit();

    assertEquals(Status.INVALID, validate(user, "a wrong password"));
    assertEquals(oldHash, storedHash(user));
    assertEquals(Status.VALID, validate(user, "an older password"));
    assertTrue(storedHash(user).startsWith(CURRENT_HASH), storedHash(user));
    assertEquals(Status.VALID, validate(user, "an older password"));
  }

  @Test
  void anUnknownUser_isAnsweredAsSlowlyAsAKnownOne() throws Exception {
    String known = newLearner("correct horse battery").getUsername();
    String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
    long knownNanos = medianNanos(() -> validate(known, "a wrong password"));
    long unknownNanos = medianNanos(() -> validate(unknown, "a wrong password"));
    assertTrue(
        unknownNanos > knownNanos / 2,
        "unknown " + unknownNanos / 1_000_000 + " ms, known " + knownNanos / 1_000_000 + " ms");
  }

  private Account newLearner(String password) {
    String email = "safe-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    return signUp.register(
        new SignUp.Form(
            email, password, null, true, "203.0.113.9", UUID.randomUUID().toString(), "x", null));
  }

  /** An API read with HTTP Basic, as a script would send it. */
  private HttpResponse<String> basic(String user, String password) throws Exception {
    String credentials = user + ":" + password;
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + "api/cashback/v1/wallets/me"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private Status validate(String user, String password) {
    return identityStores
        .validate(new UsernamePasswordCredential(user, new Password(password)))
        .getStatus();
  }

  private String storedHash(String user) throws Exception {
    return new TestDatabase(db)
        .value(String.class, "SELECT password_hash FROM lms_account WHERE username = ?", user);
  }

  private static long medianNanos(Runnable call) {
    long[] nanos = new long[3];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      call.run();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return nanos[1];
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  /** The path and query of an absolute or relative address on this site. */
  private String path(String location) {
    String afterHost = location.replaceFirst("^https?://[^/]+", "");
    return afterHost.startsWith(base.getPath())
        ? "/" + afterHost.substring(base.getPath().length())
        : afterHost;
  }
}
