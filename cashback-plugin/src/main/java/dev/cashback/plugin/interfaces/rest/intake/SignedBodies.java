package dev.cashback.plugin.interfaces.rest.intake;

import dev.cashback.plugin.infrastructure.config.CashbackClock;
import dev.cashback.plugin.infrastructure.event.StandardWebhookSignature;
import dev.cashback.plugin.infrastructure.intake.SignedIntake;
import dev.cashback.plugin.infrastructure.intake.WebhookSignature;
import dev.cashback.plugin.interfaces.rest.shared.BoundedBody;
import dev.cashback.plugin.interfaces.rest.shared.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The signed bodies of the host intake (purchases, refunds, course progress): read within the size
 * limit and checked against the host's secret by either signature scheme before anything is parsed.
 */
@ApplicationScoped
public class SignedBodies {

  @Inject SignedIntake intake;
  @Inject CashbackClock clock;

  /** A body read within the limit and signed by its host, or why it was refused. */
  record Signed(byte[] body, Response refusal) {}

  /**
   * The signature headers of either scheme: the plugin's own ({@code X-Cashback-Timestamp}, {@code
   * X-Cashback-Signature}) or Standard Webhooks ({@code webhook-id}, {@code webhook-timestamp},
   * {@code webhook-signature}), so a host that signs with any Standard Webhooks library needs no
   * signing code of its own.
   */
  record Signature(
      String timestamp,
      String signature,
      String standardId,
      String standardTimestamp,
      String standardSignature) {

    boolean isStandard() {
      return standardSignature != null && signature == null;
    }
  }

  /**
   * Reads the body within the limit and checks its signature: nothing is read for a host without a
   * secret or a body declared too large, and nothing is parsed before the signature holds.
   */
  Signed read(SignatureHeaders headers, InputStream stream) throws IOException {
    return read(headers, stream, PurchaseIntakeResource.MAX_BODY_BYTES);
  }

  /** The same for a body of at most {@code maxBytes} (a batch). */
  Signed read(SignatureHeaders headers, InputStream stream, int maxBytes) throws IOException {
    String host = headers.host();
    String contentLength = headers.contentLength();
    Signature signature = headers.signatures();
    Optional<Response> closed = closed(host, contentLength, maxBytes);
    if (closed.isPresent()) {
      return new Signed(null, closed.get());
    }
    Optional<byte[]> read = BoundedBody.read(stream, maxBytes);
    if (read.isEmpty()) {
      return new Signed(null, tooLarge(maxBytes));
    }
    return new Signed(read.get(), unsigned(host, signature, read.get()).orElse(null));
  }

  /**
   * Why the request is refused before its body is read, if it is: no secret for this host, or a
   * declared length over the limit.
   */
  private Optional<Response> closed(String host, String contentLength, int maxBytes) {
    Optional<String> secret = intake.secret(host);
    if (secret.isEmpty() && host != null && !host.isBlank()) {
      return Optional.of(
          Problem.of(
              Response.Status.UNAUTHORIZED,
              Problem.SIGNATURE,
              "Signature refused",
              "No secret is configured for this host."));
    }
    if (secret.isEmpty()) {
      return Optional.of(
          Problem.of(
              Response.Status.SERVICE_UNAVAILABLE,
              Problem.UNAVAILABLE,
              "Intake closed",
              "No host secret is configured (cashback.webhook.secret)."));
    }
    return BoundedBody.declaredOver(contentLength, maxBytes)
        ? Optional.of(tooLarge(maxBytes))
        : Optional.empty();
  }

  /**
   * 413, and the connection is closed after it: the rest of the body is never read, so the
   * connection could not carry another request anyway.
   */
  private static Response tooLarge(int maxBytes) {
    return Response.fromResponse(
            Problem.of(
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                Problem.INVALID_INPUT,
                "Too large",
                "A request is at most " + maxBytes + " bytes."))
        .header("Connection", "close")
        .build();
  }

  /** The problem with the body's signature, if any; nothing is parsed before this. */
  private Optional<Response> unsigned(String host, Signature signature, byte[] body) {
    String secret = intake.secret(host).orElseThrow();
    String problem =
        signature.isStandard()
            ? StandardWebhookSignature.problem(
                secret,
                signature.standardId(),
                signature.standardTimestamp(),
                signature.standardSignature(),
                new String(body, java.nio.charset.StandardCharsets.UTF_8),
                clock.now().toInstant(),
                intake.maxAge())
            : WebhookSignature.problem(
                secret,
                signature.timestamp(),
                signature.signature(),
                body,
                clock.now().toInstant(),
                intake.maxAge());
    return problem == null
        ? Optional.empty()
        : Optional.of(
            Problem.of(
                Response.Status.UNAUTHORIZED, Problem.SIGNATURE, "Signature refused", problem));
  }
}
