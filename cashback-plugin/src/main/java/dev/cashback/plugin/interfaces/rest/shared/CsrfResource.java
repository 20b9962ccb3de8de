package dev.cashback.plugin.interfaces.rest.shared;

import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.application.shared.NotSignedInException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The CSRF token of the caller's session, for scripts on the host's pages that change something
 * with the session cookie: send it back in {@value CsrfProtection#HEADER}.
 */
@Path("/csrf")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
@APIResponse(responseCode = "401", ref = ProblemResponses.NOT_SIGNED_IN)
public class CsrfResource {

  @Inject CurrentUser caller;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "The session's CSRF token and the header to send it in")
  @APIResponse(
      responseCode = "200",
      description = "The token",
      content = @Content(schema = @Schema(implementation = TokenJson.class)))
  public TokenJson token() {
    caller.id().orElseThrow(NotSignedInException::new);
    return new TokenJson(CsrfProtection.HEADER, CsrfProtection.tokenOf(request.getSession(true)));
  }

  /** Where and what to send. */
  public record TokenJson(String header, String token) {}
}
