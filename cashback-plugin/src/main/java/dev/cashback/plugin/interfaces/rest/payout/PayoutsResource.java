package dev.cashback.plugin.interfaces.rest.payout;

import dev.cashback.plugin.application.payout.PayoutDecisions;
import dev.cashback.plugin.application.payout.PayoutMethodAdministration;
import dev.cashback.plugin.application.payout.PayoutRequests;
import dev.cashback.plugin.application.shared.CurrentUser;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.domain.payout.Payout;
import dev.cashback.plugin.domain.payout.PayoutMethodDraft;
import dev.cashback.plugin.domain.payout.PayoutStatus;
import dev.cashback.plugin.interfaces.rest.shared.IdempotentCalls;
import dev.cashback.plugin.interfaces.rest.shared.JsonBodies;
import dev.cashback.plugin.interfaces.rest.shared.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Payouts over HTTP: methods (admins change them, learners see the enabled ones) and the admin's
 * decisions, which move money and so take an {@code Idempotency-Key}. A learner's own payouts are
 * under {@code /wallets/me/payouts}.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payouts", description = "Withdrawing cashback")
@APIResponse(responseCode = "400", ref = ProblemResponses.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ProblemResponses.NOT_SIGNED_IN)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
@APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
@APIResponse(responseCode = "422", ref = ProblemResponses.BUSINESS_RULE)
public class PayoutsResource {

  @Inject CurrentUser caller;
  @Inject PayoutMethodAdministration methods;
  @Inject PayoutRequests requests;
  @Inject PayoutDecisions decisions;
  @Inject IdempotentCalls idempotent;

  @GET
  @Path("payout-methods")
  @Operation(summary = "Payout methods: every one for admins, the enabled ones for learners")
  @APIResponse(
      responseCode = "200",
      description = "The methods",
      content = @Content(schema = @Schema(implementation = PayoutJson.MethodView[].class)))
  public List<PayoutJson.MethodView> methods() {
    return (caller.is(CurrentUser.ADMIN) ? methods.methods() : requests.methods())
        .stream().map(PayoutJson.MethodView::of).toList();
  }

  @POST
  @Path("payout-methods")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a payout method")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = PayoutJson.MethodView.class)))
  public Response createMethod(PayoutMethodDraft draft) {
    return Response.status(Response.Status.CREATED)
        .entity(PayoutJson.MethodView.of(methods.save(null, required(draft))))
        .build();
  }

  @PUT
  @Path("payout-methods/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a payout method; requested payouts keep what it was")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content = @Content(schema = @Schema(implementation = PayoutJson.MethodView.class)))
  public PayoutJson.MethodView updateMethod(@PathParam("id") long id, PayoutMethodDraft draft) {
    return PayoutJson.MethodView.of(methods.save(id, required(draft)));
  }

  @GET
  @Path("payouts")
  @Operation(summary = "Payouts of a status and of users whose id starts with the text")
  @APIResponse(
      responseCode = "200",
      description = "The payouts, newest first (at most 500)",
      content = @Content(schema = @Schema(implementation = PayoutJson.PayoutView[].class)))
  public List<PayoutJson.PayoutView> payouts(
      @QueryParam("status") String status, @QueryParam("user") String user) {
    PayoutStatus wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = PayoutStatus.valueOf(status);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "status", "Status is one of " + List.of(PayoutStatus.values()) + ".");
      }
    }
    return decisions.search(wanted, user, 0, 500).stream().map(PayoutJson.PayoutView::of).toList();
  }

  @POST
  @Path("payouts/{id}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approve: a first approval above the two-admin amount, else pay it")
  @APIResponse(
      responseCode = "200",
      description = "The payout as it now stands",
      content = @Content(schema = @Schema(implementation = PayoutJson.PayoutView.class)))
  public Response approve(
      @PathParam("id") long id, @HeaderParam(IdempotentCalls.HEADER) String key, byte[] body) {
    return decide(id, "approve", key, body, d -> decisions.approve(id, d.reference()));
  }

  @POST
  @Path("payouts/{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reject with a reason: the amount returns to the available balance")
  @APIResponse(
      responseCode = "200",
      description = "The payout as it now stands",
      content = @Content(schema = @Schema(implementation = PayoutJson.PayoutView.class)))
  public Response reject(
      @PathParam("id") long id, @HeaderParam(IdempotentCalls.HEADER) String key, byte[] body) {
    return decide(id, "reject", key, body, d -> decisions.reject(id, d.reason()));
  }

  @POST
  @Path("payouts/{id}/reconcile")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Settle a payout whose outcome was unknown: paid (reference) or not (reason)")
  @APIResponse(
      responseCode = "200",
      description = "The payout as it now stands",
      content = @Content(schema = @Schema(implementation = PayoutJson.PayoutView.class)))
  public Response reconcile(
      @PathParam("id") long id, @HeaderParam(IdempotentCalls.HEADER) String key, byte[] body) {
    return decide(
        id,
        "reconcile",
        key,
        body,
        d -> {
          boolean paid = Boolean.TRUE.equals(d.paid());
          return decisions.reconcile(id, paid, paid ? d.reference() : d.reason());
        });
  }

  private Response decide(
      long id,
      String verb,
      String key,
      byte[] body,
      java.util.function.Function<PayoutJson.Decision, Payout> decision) {
    String admin = caller.require(CurrentUser.ADMIN);
    Supplier<Response> call =
        () ->
            Response.ok(
                    PayoutJson.PayoutView.of(
                        decision.apply(JsonBodies.read(body, PayoutJson.Decision.class))))
                .build();
    return idempotent.once(admin, key, "POST /payouts/" + id + "/" + verb, body, call);
  }

  private static Response created(Payout payout) {
    return Response.status(Response.Status.CREATED)
        .entity(PayoutJson.PayoutView.of(payout))
        .build();
  }

  private static PayoutMethodDraft required(PayoutMethodDraft draft) {
    if (draft == null) {
      throw new InvalidInputException("body", "Send the method's fields as JSON.");
    }
    return draft;
  }
}
