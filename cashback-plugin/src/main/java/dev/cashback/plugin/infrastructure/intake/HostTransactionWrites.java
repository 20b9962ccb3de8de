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
import java.sql.Statement;

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
 *
 * <p>In a transaction marked for rollback nothing is written: the purchase it tells of will not
 * commit. Outside any transaction (the signed intake) the statement commits by itself.
 */
@ApplicationScoped
public class HostTransactionWrites {

  /** Sets a statement's parameters. */
  @FunctionalInterface
  public interface Parameters {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private static final String SAVEPOINT = "cashback_write";

  @Inject CashbackDataSource dataSource;
  @Inject DatabaseDialect dialect;

  @PersistenceContext(unitName = "cashback")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * Executes {@code sql} with {@code parameters}; returns the rows it changed, none in a
   * transaction that can only roll back.
   */
  public int execute(String sql, Parameters parameters) throws SQLException {
    int status =
        transactions == null ? Status.STATUS_NO_TRANSACTION : transactions.getTransactionStatus();
    if (status == Status.STATUS_ACTIVE) {
      // The transaction's connection: not ours to close.
      return executeInSavepoint(em.unwrap(Connection.class), sql, parameters);
    }
    if (status != Status.STATUS_NO_TRANSACTION) {
      // Marked for rollback (or ending): what it tells of will not commit, so neither may this.
      return 0;
    }
    // Outside a transaction: the statement alone, committed at once; there is nothing to guard.
    try (Connection connection = dataSource.get().getConnection()) {
      if (connection.getAutoCommit()) {
        return executeOnce(connection, sql, parameters);
      }
      // A runtime that hands out connections outside a transaction without auto-commit would
      // otherwise roll the row back when the connection goes back to its pool.
      int changed = executeOnce(connection, sql, parameters);
      connection.commit();
      return changed;
    }
  }

  private static int executeOnce(Connection connection, String sql, Parameters parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      parameters.bind(statement);
      return statement.executeUpdate();
    }
  }

  /**
   * The statement inside a savepoint of the transaction, set by SQL rather than by {@link
   * Connection#setSavepoint()}: Open Liberty refuses that call in a global transaction (DSRA9350E),
   * and a connection it has not enlisted yet even answers that it is in auto-commit mode.
   */
  private int executeInSavepoint(Connection connection, String sql, Parameters parameters)
      throws SQLException {
    try (Statement savepoints = connection.createStatement()) {
      savepoints.execute("SAVEPOINT " + SAVEPOINT);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        parameters.bind(statement);
        int changed = statement.executeUpdate();
        if (dialect.isPostgres()) {
          savepoints.execute("RELEASE SAVEPOINT " + SAVEPOINT); // H2 has no RELEASE
        }
        return changed;
      } catch (SQLException | RuntimeException e) {
        savepoints.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
        throw e;
      }
    }
  }
}
