package dev.cashback.plugin.interfaces.rest.network;

import dev.cashback.plugin.application.network.MissingCashbackClaims;
import dev.cashback.plugin.application.network.NetworkAdministration;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.domain.network.AffiliateNetwork;
import dev.cashback.plugin.domain.network.Click;
import dev.cashback.plugin.domain.network.MissingCashbackClaim;
import dev.cashback.plugin.interfaces.export.ClaimsCsv;
import dev.cashback.plugin.interfaces.export.ExportFormat;
import dev.cashback.plugin.interfaces.rest.shared.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Affiliate networks, the click history and missing-cashback claims, for admins. The networks' own
 * postbacks, authenticated by a network's secret rather than a user, are {@link PostbackResource}.
 */
@Path("/networks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Networks", description = "Affiliate networks, clicks and conversions")
@APIResponse(responseCode = "400", ref = ProblemResponses.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ProblemResponses.NOT_SIGNED_IN)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
public class NetworksResource {

  @Inject NetworkAdministration administration;
  @Inject MissingCashbackClaims claims;

  /** A network as admins see it (the secret is never shown again). */
  public record NetworkJson(
      long id,
      String code,
      String name,
      int confirmDays,
      Integer expiryDays,
      BigDecimal userSharePercent,
      boolean enabled,
      OffsetDateTime updatedAt) {

    public static NetworkJson of(AffiliateNetwork n) {
      return new NetworkJson(
          n.getId(),
          n.getCode(),
          n.getName(),
          n.getConfirmDays(),
          n.getExpiryDays(),
          n.getUserSharePercent(),
          n.isEnabled(),
          n.getUpdatedAt());
    }
  }

  /** A network as an admin types it. */
  public record NetworkInput(
      String code,
      String name,
      String postbackSecret,
      Integer confirmDays,
      Integer expiryDays,
      BigDecimal userSharePercent,
      Boolean enabled) {}

  /** One click of the log. */
  public record ClickJson(
      String clickId,
      String userId,
      String storeId,
      String storeName,
      String offerId,
      BigDecimal sharePercent,
      int confirmDays,
      OffsetDateTime clickedAt) {

    public static ClickJson of(Click c) {
      return new ClickJson(
          c.getClickId(),
          c.getUserId(),
          c.getStoreId(),
          c.getStoreName(),
          c.getOfferId(),
          c.getSharePercent(),
          c.getConfirmDays(),
          c.getClickedAt());
    }
  }

  @GET
  @Operation(summary = "Every affiliate network")
  @APIResponse(
      responseCode = "200",
      description = "The networks",
      content = @Content(schema = @Schema(implementation = NetworkJson[].class)))
  public List<NetworkJson> networks() {
    return administration.networks().stream().map(NetworkJson::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a network: code, name, postback secret, confirm days, learner's share")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = NetworkJson.class)))
  public Response create(NetworkInput input) {
    return Response.status(Response.Status.CREATED).entity(save(null, input)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a network; clicks already made keep the terms of their moment")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content = @Content(schema = @Schema(implementation = NetworkJson.class)))
  public NetworkJson update(@PathParam("id") long id, NetworkInput input) {
    return save(id, input);
  }

  @GET
  @Path("clicks")
  @Operation(summary = "Click history, newest first, by user and store")
  @APIResponse(
      responseCode = "200",
      description = "At most 500 clicks",
      content = @Content(schema = @Schema(implementation = ClickJson[].class)))
  public List<ClickJson> clicks(
      @QueryParam("user") String user, @QueryParam("store") String store) {
    return administration.clicks(user, store, 500).stream().map(ClickJson::of).toList();
  }

  /** A missing-cashback claim as the API shows it. */
  public record ClaimJson(
      long id,
      String clickId,
      String userId,
      String orderId,
      BigDecimal orderAmount,
      String currency,
      String status,
      String reason,
      Long transactionId,
      OffsetDateTime createdAt,
      String decidedBy) {

    public static ClaimJson of(MissingCashbackClaim c) {
      return new ClaimJson(
          c.getId(),
          c.getClickId(),
          c.getUserId(),
          c.getOrderId(),
          c.getOrderAmount(),
          c.getCurrency(),
          c.getStatus().name(),
          c.getReason(),
          c.getTransactionId(),
          c.getCreatedAt(),
          c.getDecidedBy());
    }
  }

  /**
   * An admin's decision on a claim: the commission (in the claim's currency; when {@code currency}
   * is given it must be the claim's) or the reason of a rejection.
   */
  public record ClaimDecision(BigDecimal commission, String currency, String reason) {}

  @GET
  @Path("claims")
  @Operation(summary = "Missing-cashback claims, newest first, of one network or all")
  @APIResponse(
      responseCode = "200",
      description = "At most 500 claims",
      content = @Content(schema = @Schema(implementation = ClaimJson[].class)))
  public List<ClaimJson> claims(@QueryParam("network") String network) {
    return claims.claims(network, 500).stream().map(ClaimJson::of).toList();
  }

  @GET
  @Path("claims/export")
  @Produces("text/csv")
  @Operation(summary = "The claims of a network as CSV, to send on to the network")
  @APIResponse(responseCode = "200", description = "CSV, one claim per line, every claim")
  public Response exportClaims(@QueryParam("network") String network) {
    ClaimsCsv.check(claims, network);
    StreamingOutput csv = out -> ClaimsCsv.write(claims, network, out);
    return Response.ok(csv, ExportFormat.CSV.contentType())
        .header(
            "Content-Disposition", "attachment; filename=\"" + ClaimsCsv.fileName(network) + "\"")
        .build();
  }

  @POST
  @Path("claims/{id}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approve a claim with the commission: the learner's share becomes cashback")
  @APIResponse(
      responseCode = "200",
      description = "The claim, approved",
      content = @Content(schema = @Schema(implementation = ClaimJson.class)))
  public ClaimJson approveClaim(@PathParam("id") long id, ClaimDecision decision) {
    return ClaimJson.of(
        decision == null
            ? claims.approve(id, null, null)
            : claims.approve(id, decision.commission(), decision.currency()));
  }

  @POST
  @Path("claims/{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reject a claim with a reason")
  @APIResponse(
      responseCode = "200",
      description = "The claim, rejected",
      content = @Content(schema = @Schema(implementation = ClaimJson.class)))
  public ClaimJson rejectClaim(@PathParam("id") long id, ClaimDecision decision) {
    return ClaimJson.of(claims.reject(id, decision == null ? null : decision.reason()));
  }

  private NetworkJson save(Long id, NetworkInput input) {
    if (input == null) {
      throw new InvalidInputException("body", "Send the network's fields as JSON.");
    }
    return NetworkJson.of(
        administration.save(
            id,
            input.code(),
            input.name(),
            input.postbackSecret(),
            input.confirmDays(),
            input.expiryDays(),
            input.userSharePercent(),
            input.enabled() == null || input.enabled()));
  }
}
