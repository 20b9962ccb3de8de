package dev.cashback.plugin.infrastructure.intake;

import dev.cashback.plugin.infrastructure.config.CashbackDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
 *
 * <p>In a transaction the statement runs on the connection the transaction already holds (the
 * plugin's persistence unit's, which the runtime shares with the host's): a connection of its own
 * would be a second one from the pool for every purchase, and with the pool's every connection held
 * by checkouts waiting for one learner's wallet, the checkout holding it would wait for a
 * connection that never comes free (until the pool's wait runs out and the purchase fails).
 */
@ApplicationScoped
public class HostTransactionWrites {

  /** Sets a statement's parameters. */
  @FunctionalInterface
  public interface Parameters {
    void bind(PreparedStatement statement) throws SQLException;
  }

  @Inject CashbackDataSource dataSource;

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  /** Executes {@code sql} with {@code parameters}; returns the rows it changed. */
  public int execute(String sql, Parameters parameters) throws SQLException {
    Connection held = inTransaction() ? em.unwrap(Connection.class) : null;
    if (held != null) {
      return executeInSavepoint(held, sql, parameters); // the transaction's: not ours to close
    }
    try (Connection connection = dataSource.get().getConnection()) {
      return executeInSavepoint(connection, sql, parameters);
    }
  }

  private static int executeInSavepoint(Connection connection, String sql, Parameters parameters)
      throws SQLException {
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

  private boolean inTransaction() {
    return transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
  }
}
