package dev.cashback.plugin.infrastructure.event;

import dev.cashback.plugin.infrastructure.intake.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: HMAC-SHA256 of {@code id.timestamp.body} under the secret's key
 * (the base64 after {@code whsec_}), written {@code v1,<base64>} in the {@code webhook-signature}
 * header beside {@code webhook-id} and {@code webhook-timestamp} (seconds).
 */
public final class StandardWebhookSignature {

  public static final String ID_HEADER = "webhook-id";
  public static final String TIMESTAMP_HEADER = "webhook-timestamp";
  public static final String SIGNATURE_HEADER = "webhook-signature";
  static final String PREFIX = "whsec_";

  private StandardWebhookSignature() {}

  /**
   * The {@code v1,<base64>} signature. A {@code whsec_} secret keys the HMAC with the bytes its
   * base64 encodes; any other secret (a host's older one) with its own UTF-8 bytes.
   */
  public static String sign(String secret, String id, long timestampSeconds, String body) {
    byte[] key =
        secret.startsWith(PREFIX)
            ? Base64.getDecoder().decode(secret.substring(PREFIX.length()))
            : secret.getBytes(StandardCharsets.UTF_8);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest =
          mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /**
   * Why a request signed by this scheme is refused, or null when it holds: the id and timestamp are
   * given, the timestamp within {@code maxAge} of now, and one of the space-separated {@code v1,}
   * signatures matches (compared in constant time).
   */
  public static String problem(
      String secret,
      String id,
      String timestamp,
      String signatures,
      String body,
      Instant now,
      Duration maxAge) {
    if (id == null || id.isBlank() || timestamp == null || signatures == null) {
      return "Send "
          + ID_HEADER
          + ", "
          + TIMESTAMP_HEADER
          + " and "
          + SIGNATURE_HEADER
          + " together.";
    }
    String stale = WebhookSignature.timestampProblem(TIMESTAMP_HEADER, timestamp, now, maxAge);
    if (stale != null) {
      return stale;
    }
    long seconds = Long.parseLong(timestamp.strip());
    byte[] expected = sign(secret, id.strip(), seconds, body).getBytes(StandardCharsets.US_ASCII);
    for (String given : signatures.strip().split("\\s+")) {
      if (MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII))) {
        return null;
      }
    }
    return "The signature does not match the request.";
  }
}
