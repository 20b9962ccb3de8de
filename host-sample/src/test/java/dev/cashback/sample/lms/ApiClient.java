package dev.cashback.sample.lms;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cashback API as a script or another service calls it: HTTP Basic as one of the demo accounts
 * (or nobody), and signed posts as a host outside the JVM.
 */
final class ApiClient {

  static final String SECRET = "it-secret";
  static final String API = "/api/cashback/v1";

  /** A server that never answers fails the test instead of hanging the build. */
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

  /** HTTP/1.1, as {@link Browser}: no upgrade to HTTP/2 over plain text. */
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final String base;
  private final String user;

  ApiClient(URL base, String user) {
    this.base = base.toString().replaceAll("/$", "");
    this.user = user;
  }

  static ApiClient anonymous(URL base) {
    return new ApiClient(base, null);
  }

  HttpResponse<String> get(String path) throws Exception {
    return send(request(path).GET());
  }

  HttpResponse<String> delete(String path) throws Exception {
    return send(request(path).DELETE());
  }

  HttpResponse<String> post(String path, String json) throws Exception {
    return post(path, json, Map.of());
  }

  HttpResponse<String> post(String path, String json, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    return send(request);
  }

  HttpResponse<String> put(String path, String json) throws Exception {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A post signed with the host secret at {@code timestamp}. */
  HttpResponse<String> postSigned(String path, String body, long timestamp) throws Exception {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header("X-Cashback-Timestamp", Long.toString(timestamp))
            .header("X-Cashback-Signature", sign(timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static String sign(long timestamp, String body) throws Exception {
    return sign(SECRET, timestamp, body);
  }

  static String sign(String secret, long timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  static long now() {
    return Instant.now().getEpochSecond();
  }

  /** A purchase of one course as a host posts it, with its total. */
  static String purchase(String id, String buyer, String course, String instructor, String price) {
    return "{\"purchaseId\":\""
        + id
        + "\",\"buyer\":{\"userId\":\""
        + buyer
        + "\",\"displayName\":\""
        + buyer
        + "\"},\"items\":[{\"type\":\"COURSE\",\"targetId\":\""
        + course
        + "\",\"title\":\"Course "
        + course
        + "\",\"instructorId\":\""
        + instructor
        + "\",\"unitPrice\":"
        + price
        + ",\"quantity\":1}],\"currency\":\"USD\",\"occurredAt\":\""
        + Instant.now()
        + "\",\"total\":"
        + price
        + "}";
  }

  static JsonObject object(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  static JsonArray array(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(ANSWER_WITHIN);
    if (user != null) {
      String credentials = user + ":demo1234";
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
