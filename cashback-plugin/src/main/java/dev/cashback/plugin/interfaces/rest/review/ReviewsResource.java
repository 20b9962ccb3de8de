package dev.cashback.plugin.interfaces.rest.review;

import dev.cashback.plugin.application.review.CashbackReviews;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.interfaces.rest.shared.JsonBodies;
import dev.cashback.plugin.interfaces.rest.shared.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /reviews}: the cashback waiting for an admin's review (oldest first, with the learner's
 * recent cashback), approved or declined once; a second decision is 409.
 */
@Path("/reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review", description = "Cashback held by the limits against fraud")
@APIResponse(responseCode = "400", ref = ProblemResponses.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ProblemResponses.NOT_SIGNED_IN)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
@APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
public class ReviewsResource {

  /** The most one page of the queue holds. */
  static final int MAX_PAGE = 200;

  @Inject CashbackReviews reviews;

  @GET
  @Operation(summary = "Cashback waiting for review, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "One page of the queue; X-Total-Count says how many wait in all",
      content = @Content(schema = @Schema(implementation = ReviewJson[].class)))
  public Response waiting(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    if (first < 0 || max < 1 || max > MAX_PAGE) {
      throw new InvalidInputException(
          "max", "Ask for 1 to " + MAX_PAGE + " reviews from a first of 0 or more.");
    }
    List<ReviewJson> page =
        reviews.waiting(first, max).stream()
            .map(tx -> ReviewJson.of(tx, reviews.recentOf(tx.getUserId())))
            .toList();
    return Response.ok(page).header("X-Total-Count", reviews.countWaiting()).build();
  }

  @POST
  @Path("/{id}/approve")
  @Operation(summary = "Approve: the cashback goes on as usual (confirmed now if its date passed)")
  @APIResponse(responseCode = "200", description = "Approved")
  public Map<String, Object> approve(@PathParam("id") long id) {
    reviews.approve(id);
    return Map.of("transactionId", id, "review", "APPROVED");
  }

  @POST
  @Path("/{id}/decline")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Decline with a reason: the cashback is declined and its learner told why")
  @APIResponse(responseCode = "200", description = "Declined")
  public Map<String, Object> decline(@PathParam("id") long id, byte[] body) {
    reviews.decline(id, JsonBodies.read(body, ReviewJson.Decline.class).reason());
    return Map.of("transactionId", id, "review", "DECLINED");
  }
}
