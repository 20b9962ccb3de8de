package dev.cashback.sample.lms;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A cookie-keeping client that does not follow redirects, so each answer can be checked. */
final class Browser {

  private static final Pattern SIGN_IN_TOKEN =
      Pattern.compile("name=\"csrf\"\\s+value=\"([^\"]+)\"");

  /** A server that never answers fails the test instead of hanging the build. */
  static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

  private final URL base;

  Browser(URL base) {
    this.base = base;
  }

  private final HttpClient client =
      HttpClient.newBuilder()
          // HTTP/1.1 as browsers speak it to a plain-HTTP server: Java's client would ask to
          // upgrade to HTTP/2 over plain text (h2c), which no browser does and Open Liberty grants.
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path)).timeout(ANSWER_WITHIN).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> postSigned(String path, String body, long timestamp) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(
        new javax.crypto.spec.SecretKeySpec(
            "it-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
    String signature =
        "sha256="
            + java.util.HexFormat.of()
                .formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    return client.send(
        HttpRequest.newBuilder(uri(path))
            .timeout(ANSWER_WITHIN)
            .header("Content-Type", "application/json")
            .header("X-Cashback-Timestamp", Long.toString(timestamp))
            .header("X-Cashback-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<byte[]> postForm(String path, String form) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path))
            .timeout(ANSWER_WITHIN)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A Faces AJAX postback, as PrimeFaces sends it; the answer is the partial response. */
  HttpResponse<String> postAjax(String path, String form) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path))
            .timeout(ANSWER_WITHIN)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Faces-Request", "partial/ajax")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in through the login page, as a person would: its form, its token, this site. */
  HttpResponse<String> signIn(String username, String password, String next) throws Exception {
    return postSignIn(username, password, next, signInToken(), java.util.Map.of());
  }

  /** Opens the login page and reads its form's anti-forgery token (null when it has none). */
  String signInToken() throws Exception {
    Matcher token = SIGN_IN_TOKEN.matcher(get("/login.xhtml").body());
    return token.find() ? token.group(1) : null;
  }

  /** Posts the sign-in form as given: {@code token} may be null, headers may claim another site. */
  HttpResponse<String> postSignIn(
      String username,
      String password,
      String next,
      String token,
      java.util.Map<String, String> headers)
      throws Exception {
    String form =
        Stream.of(
                "j_username=" + username,
                "j_password=" + password,
                "next=" + next,
                token == null ? null : "csrf=" + token)
            .filter(java.util.Objects::nonNull)
            .map(
                p ->
                    p.substring(0, p.indexOf('=') + 1)
                        + URLEncoder.encode(
                            p.substring(p.indexOf('=') + 1), StandardCharsets.UTF_8))
            .reduce((a, b) -> a + "&" + b)
            .orElseThrow();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/signin"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    headers.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON post riding on the session cookie, as a script on the host's pages would send it. */
  HttpResponse<String> postJson(String path, String json, java.util.Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(ANSWER_WITHIN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    String root =
        base.toString().endsWith("/")
            ? base.toString().substring(0, base.toString().length() - 1)
            : base.toString();
    return URI.create(root + path);
  }

  /** The view state of a full page or of a partial response. */
  static String viewState(String response) {
    Matcher full =
        Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]*)\"")
            .matcher(response);
    if (full.find()) {
      return full.group(1);
    }
    Matcher partial =
        Pattern.compile("jakarta.faces.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]*)\\]\\]>")
            .matcher(response);
    if (!partial.find()) {
      throw new AssertionError("no view state in " + response);
    }
    return partial.group(1);
  }
}
