package dev.cashback.plugin.interfaces.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Found by the fault run: a request cut off by a database restart was answered 500 ("something went
 * wrong") where the caller should be told to send it again.
 */
class DatabaseOutageTest {

  @Test
  void aConnectionTerminatedByARestart_deepInTheChain_isAnOutage() {
    SQLException terminated =
        new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    assertThat(
            DatabaseOutage.causedBy(
                new IllegalStateException(
                    "Could not read purchase", new PersistenceException(terminated))))
        .isTrue();
  }

  @Test
  void lostAndRefusedConnections_areOutages() {
    assertThat(DatabaseOutage.causedBy(new SQLException("I/O error", "08006"))).isTrue();
    assertThat(DatabaseOutage.causedBy(new SQLException("starting up", "57P03"))).isTrue();
    assertThat(DatabaseOutage.causedBy(new SQLException("too many clients", "53300"))).isTrue();
    assertThat(DatabaseOutage.causedBy(new java.net.ConnectException("refused"))).isTrue();
  }

  @Test
  void constraintsDeadlocksAndDefects_areNot() {
    assertThat(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new SQLException("deadlock", "40P01"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new SQLException("no state"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
  }
}
