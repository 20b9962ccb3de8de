package dev.cashback.plugin.interfaces.rest.intake;

import dev.cashback.plugin.infrastructure.event.StandardWebhookSignature;
import dev.cashback.plugin.infrastructure.intake.WebhookSignature;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The headers every signed intake request carries, read once for every intake endpoint: the
 * signature in either scheme ({@code X-Cashback-Timestamp} and {@code X-Cashback-Signature:
 * sha256=<hex HMAC>}, or Standard Webhooks' {@code webhook-id}, {@code webhook-timestamp} and
 * {@code webhook-signature: v1,<base64 HMAC>}), the host's name ({@code X-Cashback-Host}) when it
 * has a secret of its own, and the declared length. (Read from {@link HttpHeaders} rather than as a
 * bean parameter: Payara's OpenAPI builder fails on header fields of a bean parameter.)
 */
record SignatureHeaders(
    String timestamp,
    String signature,
    String host,
    String standardId,
    String standardTimestamp,
    String standardSignature,
    String contentLength) {

  static SignatureHeaders of(HttpHeaders headers) {
    return new SignatureHeaders(
        headers.getHeaderString(WebhookSignature.TIMESTAMP_HEADER),
        headers.getHeaderString(WebhookSignature.SIGNATURE_HEADER),
        headers.getHeaderString(PurchaseIntakeResource.HOST_HEADER),
        headers.getHeaderString(StandardWebhookSignature.ID_HEADER),
        headers.getHeaderString(StandardWebhookSignature.TIMESTAMP_HEADER),
        headers.getHeaderString(StandardWebhookSignature.SIGNATURE_HEADER),
        headers.getHeaderString(HttpHeaders.CONTENT_LENGTH));
  }

  SignedBodies.Signature signatures() {
    return new SignedBodies.Signature(
        timestamp, signature, standardId, standardTimestamp, standardSignature);
  }
}
