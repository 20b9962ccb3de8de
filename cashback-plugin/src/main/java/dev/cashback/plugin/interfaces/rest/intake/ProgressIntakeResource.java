package dev.cashback.plugin.interfaces.rest.intake;

import dev.cashback.plugin.api.CourseProgressed;
import dev.cashback.plugin.application.accrual.CashbackLifecycle;
import dev.cashback.plugin.application.intake.PostedEventChecks;
import dev.cashback.plugin.application.intake.PostedProgress;
import dev.cashback.plugin.infrastructure.intake.SignedIntake;
import dev.cashback.plugin.interfaces.rest.shared.JsonBodies;
import dev.cashback.plugin.interfaces.rest.shared.Problem;
import dev.cashback.plugin.interfaces.rest.shared.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /progress}: a learner's progress through a course, signed like a purchase. The plugin
 * keeps the highest percentage it was told, so the same report twice, or an older one late, changes
 * nothing; the pending cashback it confirms is confirmed before the answer.
 */
@Path("/progress")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Host intake",
    description = "Purchases, refunds and course progress signed by the host")
@APIResponse(responseCode = "400", ref = ProblemResponses.INVALID_INPUT)
@APIResponse(responseCode = "401", ref = ProblemResponses.NOT_SIGNED_IN)
public class ProgressIntakeResource {

  private static final Logger LOG = Logger.getLogger(ProgressIntakeResource.class.getName());

  @Inject SignedIntake intake;
  @Inject SignedBodies bodies;
  @Inject CashbackLifecycle lifecycle;

  @POST
  @Operation(
      summary = "A learner's progress through a course",
      description =
          "userId, courseId, percentComplete (0-100) and occurredAt, signed like a purchase."
              + " Answers whether the progress was more than known and how much pending cashback"
              + " it confirmed.")
  @APIResponse(responseCode = "200", description = "Recorded")
  public Response receive(@Context HttpHeaders headers, InputStream stream) throws IOException {
    SignedBodies.Signed signed = bodies.read(SignatureHeaders.of(headers), stream);
    if (signed.refusal() != null) {
      return signed.refusal();
    }
    CourseProgressed progress =
        PostedEventChecks.progress(JsonBodies.read(signed.body(), PostedProgress.class));
    boolean advanced;
    try {
      advanced = intake.record(progress);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not record progress", e);
      return Problem.of(
          Response.Status.SERVICE_UNAVAILABLE,
          Problem.UNAVAILABLE,
          "Not recorded",
          "The progress could not be recorded; send it again.");
    }
    // Confirmed before the answer; what fails here the confirmation job confirms later.
    int confirmed = 0;
    try {
      confirmed = lifecycle.confirmReachedProgress(progress.userId(), progress.courseId());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Confirming by progress failed; the confirmation job retries", e);
    }
    return Response.ok(Map.of("advanced", advanced, "confirmed", confirmed)).build();
  }
}
