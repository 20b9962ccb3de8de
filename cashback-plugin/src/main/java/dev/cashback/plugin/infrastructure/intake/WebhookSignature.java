package dev.cashback.plugin.infrastructure.intake;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures of requests from hosts outside the JVM: HMAC-SHA256, keyed with the host's secret,
 * over {@code timestamp + "." + raw body}, sent as {@code X-Cashback-Signature: sha256=<hex>} with
 * {@code X-Cashback-Timestamp: <unix seconds>}. Compared in constant time; stale or future
 * timestamps beyond the allowed skew are refused, so a captured request cannot be replayed later.
 */
public final class WebhookSignature {

  public static final String SIGNATURE_HEADER = "X-Cashback-Signature";
  public static final String TIMESTAMP_HEADER = "X-Cashback-Timestamp";
  private static final String PREFIX = "sha256=";

  private WebhookSignature() {}

  public static String sign(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  /** Why the request is refused, or null when its signature and timestamp hold. */
  public static String problem(
      String secret,
      String timestamp,
      String signature,
      byte[] body,
      Instant now,
      Duration maxAge) {
    if (timestamp == null || signature == null) {
      return "The request is not signed: send "
          + TIMESTAMP_HEADER
          + " and "
          + SIGNATURE_HEADER
          + ".";
    }
    String stale = timestampProblem(TIMESTAMP_HEADER, timestamp, now, maxAge);
    if (stale != null) {
      return stale;
    }
    long seconds = Long.parseLong(timestamp.strip());
    byte[] expected = sign(secret, seconds, body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.strip().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given)
        ? null
        : "The signature does not match the request.";
  }

  /**
   * Why a signed request's timestamp is refused (not Unix seconds, or further than {@code maxAge}
   * from now either way, so a captured request cannot be replayed later), or null: one rule for
   * every signing scheme the intake accepts.
   */
  public static String timestampProblem(
      String header, String timestamp, Instant now, Duration maxAge) {
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return header + " must be Unix time in seconds.";
    }
    return Math.abs(now.getEpochSecond() - seconds) > maxAge.toSeconds()
        ? "The request is too old or from the future; sign it again with the current time."
        : null;
  }
}
