package dev.cashback.plugin.interfaces.rest.shared;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document, the body of every error the API returns. {@code errors} names the
 * offending fields of invalid input, each with a message for people.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
    @Schema(
            description = "A URI naming the kind of problem",
            example = "urn:cashback:problem:invalid-input")
        String type,
    @Schema(example = "Invalid input") String title,
    @Schema(example = "400") int status,
    @Schema(example = "Give a reason for the refund.") String detail,
    @Schema(description = "Offending fields, each with a message") Map<String, String> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static final String INVALID_INPUT = "invalid-input";
  static final String BUSINESS_RULE = "business-rule";
  static final String NOT_SIGNED_IN = "not-signed-in";
  static final String FORBIDDEN = "forbidden";
  static final String NOT_FOUND = "not-found";
  static final String CONFLICT = "conflict";
  public static final String SIGNATURE = "signature-refused";
  public static final String REPLAYED = "replayed-event";
  public static final String UNAVAILABLE = "unavailable";
  static final String SERVER_ERROR = "server-error";

  public static Response of(Response.Status status, String kind, String title, String detail) {
    return of(status.getStatusCode(), kind, title, detail, Map.of());
  }

  static Response of(
      int status, String kind, String title, String detail, Map<String, String> errors) {
    Problem body =
        new Problem(
            "urn:cashback:problem:" + kind,
            title,
            status,
            detail,
            errors == null || errors.isEmpty() ? null : errors);
    return Response.status(status).type(MEDIA_TYPE).entity(body).build();
  }
}
