package dev.cashback.plugin.infrastructure.event;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plugin's signatures, verified by the Standard Webhooks reference library as a receiver. */
class StandardWebhookSignatureTest {

  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  private static HttpHeaders headers(String id, long timestamp, String signature) {
    return HttpHeaders.of(
        Map.of(
            "webhook-id", List.of(id),
            "webhook-timestamp", List.of(Long.toString(timestamp)),
            "webhook-signature", List.of(signature)),
        (name, value) -> true);
  }

  @Test
  void sign_isWhatTheReferenceLibraryVerifies() {
    String body = "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"data\":{\"amount\":\"25.00\"}}";
    long now = Instant.now().getEpochSecond();
    String signature = StandardWebhookSignature.sign(SECRET, "e-1", now, body);
    assertThatCode(() -> new Webhook(SECRET).verify(body, headers("e-1", now, signature)))
        .doesNotThrowAnyException();
  }

  @Test
  void sign_anotherBodyIdOrSecret_isRefusedByTheReferenceLibrary() {
    long now = Instant.now().getEpochSecond();
    String signature = StandardWebhookSignature.sign(SECRET, "e-1", now, "{\"a\":1}");
    assertThatThrownBy(
            () -> new Webhook(SECRET).verify("{\"a\":2}", headers("e-1", now, signature)))
        .isInstanceOf(Exception.class);
    assertThatThrownBy(
            () -> new Webhook(SECRET).verify("{\"a\":1}", headers("e-2", now, signature)))
        .isInstanceOf(Exception.class);
    String other = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24]);
    assertThatThrownBy(() -> new Webhook(other).verify("{\"a\":1}", headers("e-1", now, signature)))
        .isInstanceOf(Exception.class);
  }
}
