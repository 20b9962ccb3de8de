package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.infrastructure.config.CashbackDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Runs one statement of the plugin's on the JTA datasource, in the host's transaction when the host
 * has one open, inside a savepoint: PostgreSQL aborts a whole transaction on any failed statement,
 * so without it a failed write (a lock timeout, a constraint) would fail the host's purchase at its
 * commit. Rolled back to the savepoint, the host's transaction goes on as if the plugin had written
 * nothing. Plain JDBC rather than JPA because a failed JPA flush would mark the host's transaction
 * for rollback.
 */
@ApplicationScoped
public class HostTransactionWrites {

  /** Sets a statement's parameters. */
  @FunctionalInterface
  public interface Parameters {
    void bind(PreparedStatement statement) throws SQLException;
  }

  @Inject CashbackDataSource dataSource;

  /** Executes {@code sql} with {@code parameters}; returns the rows it changed. */
  public int execute(String sql, Parameters parameters) throws SQLException {
    try (Connection connection = dataSource.get().getConnection()) {
      Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        parameters.bind(statement);
        int changed = statement.executeUpdate();
        if (savepoint != null) {
          connection.releaseSavepoint(savepoint);
        }
        return changed;
      } catch (SQLException | RuntimeException e) {
        if (savepoint != null) {
          connection.rollback(savepoint);
        }
        throw e;
      }
    }
  }
}
