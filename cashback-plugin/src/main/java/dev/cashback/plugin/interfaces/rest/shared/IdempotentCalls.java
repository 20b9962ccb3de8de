package dev.cashback.plugin.interfaces.rest.shared;

import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.infrastructure.idempotency.IdempotencyKeys;
import dev.cashback.plugin.infrastructure.idempotency.RecordedAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The {@code Idempotency-Key} contract of money-moving calls. The key is scoped to the caller, and
 * bound to a fingerprint of the operation and the exact body: the same key and body get the first
 * answer again (marked {@code Idempotent-Replayed: true}); the same key with anything else is 409.
 */
@ApplicationScoped
public class IdempotentCalls {

  public static final String HEADER = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";

  @Inject IdempotencyKeys keys;

  public Response once(
      String caller, String key, String operation, byte[] body, Supplier<Response> call) {
    if (key == null || key.isBlank()) {
      throw new InvalidInputException(
          HEADER, "Send an Idempotency-Key header (a new random value per intended action).");
    }
    if (key.length() > IdempotencyKeys.MAX_KEY_LENGTH || !key.matches("[\\x21-\\x7E]+")) {
      throw new InvalidInputException(
          HEADER, "The Idempotency-Key is up to 200 visible ASCII characters.");
    }
    RecordedAnswer answer =
        keys.once(
            caller,
            key,
            fingerprint(operation, body),
            () -> {
              Response response = call.get();
              return new RecordedAnswer(
                  response.getStatus(), JsonBodies.JSON.toJson(response.getEntity()), false);
            });
    return Response.status(answer.status())
        .type(MediaType.APPLICATION_JSON)
        .entity(answer.body())
        .header(REPLAYED, answer.replayed())
        .build();
  }

  private static String fingerprint(String operation, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(operation.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      sha.update(body == null ? new byte[0] : body);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }
}
