package dev.cashback.plugin.interfaces.rest.shared;

import dev.cashback.plugin.application.shared.AccessRefusedException;
import dev.cashback.plugin.application.shared.BusinessRuleException;
import dev.cashback.plugin.application.shared.ConflictException;
import dev.cashback.plugin.application.shared.InvalidInputException;
import dev.cashback.plugin.application.shared.NotFoundException;
import dev.cashback.plugin.application.shared.NotSignedInException;
import dev.cashback.plugin.application.wallet.BalanceTooLowException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API as a problem document with a status that says whose fault it is; the
 * exception itself only reaches the server log, never the client.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof BusinessRuleException refused) {
      return Problem.of(
          422,
          Problem.BUSINESS_RULE,
          "Not allowed by the rules",
          refused.getMessage(),
          refused.fieldErrors());
    }
    if (e instanceof InvalidInputException invalid) {
      return Problem.of(
          400, Problem.INVALID_INPUT, "Invalid input", invalid.getMessage(), invalid.fieldErrors());
    }
    if (e instanceof BalanceTooLowException short_) {
      return Problem.of(
          422,
          Problem.BUSINESS_RULE,
          "Not enough balance",
          short_.getMessage(),
          Map.of("amount", short_.getMessage()));
    }
    if (e instanceof NotSignedInException) {
      return Problem.of(
          Response.Status.UNAUTHORIZED, Problem.NOT_SIGNED_IN, "Sign in first", e.getMessage());
    }
    if (e instanceof AccessRefusedException) {
      return Problem.of(
          Response.Status.FORBIDDEN, Problem.FORBIDDEN, "Not allowed", e.getMessage());
    }
    if (e instanceof NotFoundException) {
      return Problem.of(Response.Status.NOT_FOUND, Problem.NOT_FOUND, "Not found", e.getMessage());
    }
    if (e instanceof ConflictException) {
      return Problem.of(Response.Status.CONFLICT, Problem.CONFLICT, "Conflict", e.getMessage());
    }
    if (e instanceof WebApplicationException web && web.getResponse().getStatus() != 400) {
      // Not found, method not allowed, unsupported media type: the framework's own verdicts.
      return framework(web.getResponse().getStatus());
    }
    if (isUnreadableBody(e)) {
      String detail = "The body is not the expected JSON: check the field names, types and values.";
      return Problem.of(
          400, Problem.INVALID_INPUT, "Invalid input", detail, Map.of("body", detail));
    }
    if (e instanceof WebApplicationException web) {
      return framework(web.getResponse().getStatus());
    }
    if (causedBy(e, jakarta.persistence.OptimisticLockException.class)) {
      return Problem.of(
          Response.Status.CONFLICT,
          Problem.CONFLICT,
          "Changed meanwhile",
          "Someone else changed this at the same time; load it again and repeat your change.");
    }
    if (violatesConstraint(e)) {
      return Problem.of(
          Response.Status.CONFLICT,
          Problem.CONFLICT,
          "Conflict",
          "This clashes with what is already recorded; nothing was changed.");
    }
    if (DatabaseOutage.causedBy(e)) {
      LOG.log(Level.WARNING, "The database is out of reach; the caller is asked to retry", e);
      return Response.fromResponse(
              Problem.of(
                  Response.Status.SERVICE_UNAVAILABLE,
                  Problem.UNAVAILABLE,
                  "Try again shortly",
                  "The cashback database is out of reach for a moment. Nothing was changed; send"
                      + " the request again."))
          .header("Retry-After", "5")
          .build();
    }
    LOG.log(Level.SEVERE, "Unexpected failure in the cashback API", e);
    return Problem.of(
        Response.Status.INTERNAL_SERVER_ERROR,
        Problem.SERVER_ERROR,
        "Something went wrong",
        "The request could not be completed. Nothing was changed; try again later.");
  }

  private static Response framework(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known == null ? "Request refused" : known.getReasonPhrase();
    return Problem.of(
        status, status == 404 ? Problem.NOT_FOUND : "http-" + status, title, title + ".", Map.of());
  }

  /** A database constraint refused the change (SQL state class 23: integrity violation). */
  private static boolean violatesConstraint(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnreadableBody(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException
          || cause instanceof ProcessingException
          || cause instanceof jakarta.json.JsonException
          || cause instanceof java.time.format.DateTimeParseException
          || cause instanceof NumberFormatException) {
        return true;
      }
    }
    return false;
  }
}
