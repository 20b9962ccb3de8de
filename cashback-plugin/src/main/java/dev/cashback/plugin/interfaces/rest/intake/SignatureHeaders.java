package dev.cashback.plugin.interfaces.rest.intake;

import dev.cashback.plugin.infrastructure.event.StandardWebhookSignature;
import dev.cashback.plugin.infrastructure.intake.WebhookSignature;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The headers every signed intake request carries: the signature in either scheme (the plugin's own
 * or Standard Webhooks), the host's name when it has a secret of its own, and the declared length,
 * read once for every intake endpoint.
 */
public class SignatureHeaders {

  @Parameter(description = "Unix time in seconds")
  @HeaderParam(WebhookSignature.TIMESTAMP_HEADER)
  String timestamp;

  @Parameter(description = "sha256=<hex HMAC>")
  @HeaderParam(WebhookSignature.SIGNATURE_HEADER)
  String signature;

  @Parameter(description = "The host's name, when it has a secret of its own")
  @HeaderParam(PurchaseIntakeResource.HOST_HEADER)
  String host;

  @Parameter(description = "Standard Webhooks: the message id (instead of the two above)")
  @HeaderParam(StandardWebhookSignature.ID_HEADER)
  String standardId;

  @Parameter(description = "Standard Webhooks: Unix time in seconds")
  @HeaderParam(StandardWebhookSignature.TIMESTAMP_HEADER)
  String standardTimestamp;

  @Parameter(description = "Standard Webhooks: v1,<base64 HMAC>, space-separated")
  @HeaderParam(StandardWebhookSignature.SIGNATURE_HEADER)
  String standardSignature;

  @HeaderParam(HttpHeaders.CONTENT_LENGTH)
  String contentLength;

  SignedBodies.Signature signature() {
    return new SignedBodies.Signature(
        timestamp, signature, standardId, standardTimestamp, standardSignature);
  }
}
