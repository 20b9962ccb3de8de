package dev.cashback.plugin.interfaces.rest.shared;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that failed at commit, as a problem document. The server brings its own mapper for
 * this exception, which answers with an HTML error page; this one takes precedence and hands the
 * cause to {@link ProblemMapper}.
 */
@Provider
@Priority(Priorities.USER)
public class TransactionalProblemMapper implements ExceptionMapper<TransactionalException> {

  private final ProblemMapper problems = new ProblemMapper();

  @Override
  public Response toResponse(TransactionalException e) {
    return problems.toResponse(e.getCause() == null ? e : e.getCause());
  }
}
