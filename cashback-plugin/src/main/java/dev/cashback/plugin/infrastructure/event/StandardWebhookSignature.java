package dev.cashback.plugin.infrastructure.event;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: HMAC-SHA256 of {@code id.timestamp.body} under the secret's key
 * (the base64 after {@code whsec_}), written {@code v1,<base64>} in the {@code webhook-signature}
 * header beside {@code webhook-id} and {@code webhook-timestamp} (seconds).
 */
final class StandardWebhookSignature {

  static final String PREFIX = "whsec_";

  private StandardWebhookSignature() {}

  static String sign(String secret, String id, long timestampSeconds, String body) {
    String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
    byte[] key = Base64.getDecoder().decode(encoded);
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
}
