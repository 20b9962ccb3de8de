package dev.cashback.plugin.interfaces.rest.rule;

import dev.cashback.plugin.application.accrual.AdminActions;
import dev.cashback.plugin.application.accrual.CashbackReports;
import dev.cashback.plugin.application.rule.RulePreview;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.domain.accrual.RuleExplanation;
import dev.cashback.plugin.domain.rule.CashbackRule;
import dev.cashback.plugin.domain.rule.RuleDraft;
import dev.cashback.plugin.domain.rule.RuleStatus;
import dev.cashback.plugin.interfaces.rest.accrual.Requests;
import dev.cashback.plugin.interfaces.rest.shared.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cashback → Rule over HTTP: for admins only (checked in the application layer). */
@Path("/rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "The admin's cashback rules")
@APIResponse(responseCode = "400", ref = ProblemResponses.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ProblemResponses.NOT_SIGNED_IN)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
@APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
@APIResponse(responseCode = "422", ref = ProblemResponses.BUSINESS_RULE)
public class RulesResource {

  @Inject CashbackReports reports;
  @Inject AdminActions admin;
  @Inject RulePreview preview;

  @GET
  @Operation(summary = "Every rule, newest first")
  @APIResponse(
      responseCode = "200",
      description = "The rules",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RuleJson.class)))
  public List<RuleJson> list() {
    return RuleJson.of(reports.allRules());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One rule")
  @APIResponse(
      responseCode = "200",
      description = "The rule",
      content = @Content(schema = @Schema(implementation = RuleJson.class)))
  public RuleJson get(@PathParam("id") long id) {
    return RuleJson.of(reports.rule(id));
  }

  @POST
  @Operation(summary = "Create a rule; every field of the admin's form")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the rule",
      content = @Content(schema = @Schema(implementation = RuleJson.class)))
  public Response create(RuleDraft draft, @jakarta.ws.rs.core.Context UriInfo uri) {
    CashbackRule rule = admin.createRule(required(draft));
    return Response.created(uri.getAbsolutePathBuilder().path(rule.getId().toString()).build())
        .entity(RuleJson.of(rule))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Change a rule; cashback already granted keeps its version")
  @APIResponse(
      responseCode = "200",
      description = "The rule as changed",
      content = @Content(schema = @Schema(implementation = RuleJson.class)))
  public RuleJson update(@PathParam("id") long id, RuleDraft draft) {
    return RuleJson.of(admin.updateRule(id, required(draft)));
  }

  @POST
  @Path("/{id}/deactivate")
  @Operation(summary = "Stop a rule granting cashback")
  @APIResponse(
      responseCode = "200",
      description = "The rule, now inactive",
      content = @Content(schema = @Schema(implementation = RuleJson.class)))
  public RuleJson deactivate(@PathParam("id") long id) {
    return RuleJson.of(admin.changeRuleStatus(id, RuleStatus.INACTIVE));
  }

  @POST
  @Path("/{id}/activate")
  @Operation(summary = "Let a rule grant cashback again")
  @APIResponse(
      responseCode = "200",
      description = "The rule, now active",
      content = @Content(schema = @Schema(implementation = RuleJson.class)))
  public RuleJson activate(@PathParam("id") long id) {
    return RuleJson.of(admin.changeRuleStatus(id, RuleStatus.ACTIVE));
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a rule that never granted anything (else deactivate it)")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") long id) {
    admin.deleteRule(id);
    return Response.noContent().build();
  }

  @POST
  @Path("/preview")
  @Operation(
      summary = "What each active rule would grant a learner on a cart of courses, and why not")
  @APIResponse(
      responseCode = "200",
      description = "One answer per active rule",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PreviewJson.class)))
  public List<PreviewJson> preview(Requests.Preview request) {
    if (request == null) {
      throw new InvalidInputException("body", "Send the learner and the courses of the cart.");
    }
    List<String> courses = request.courseIds() == null ? List.of() : request.courseIds();
    return preview.preview(request.userId(), courses).stream().map(PreviewJson::of).toList();
  }

  private static RuleDraft required(RuleDraft draft) {
    if (draft == null) {
      throw new InvalidInputException("body", "Send the rule's fields as JSON.");
    }
    return draft;
  }

  /** One rule's answer in a preview: what it would grant, or why it would not. */
  public record PreviewJson(
      long ruleId, String title, BigDecimal wouldGrant, String currency, String whyNot) {

    static PreviewJson of(RuleExplanation e) {
      return new PreviewJson(
          e.rule().getId(),
          e.rule().getTitle(),
          e.wouldGrant() == null ? null : e.wouldGrant().amount(),
          e.wouldGrant() == null ? null : e.wouldGrant().currency().getCurrencyCode(),
          e.whyNot());
    }
  }
}
