package dev.cashback.plugin.interfaces.rest.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure is the database being out of reach (restarting, refusing connections, a
 * connection cut): the caller should send the request again shortly, which a 503 with {@code
 * Retry-After} tells it, rather than a 500 that reads as a defect.
 */
public final class DatabaseOutage {

  private DatabaseOutage() {}

  public static boolean causedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof java.net.ConnectException) {
        return true;
      }
      if (cause instanceof SQLException sql && isOutage(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQL states of a lost or refused connection: class 08, and PostgreSQL's shutdown states (57P01
   * administrator, 57P02 crash, 57P03 cannot connect now) and too many connections (53300).
   */
  private static boolean isOutage(String state) {
    return state != null
        && (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03")
            || state.equals("53300"));
  }
}
