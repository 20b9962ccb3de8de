package dev.cashback.plugin.infrastructure.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cashback.plugin.application.shared.ConflictException;
import dev.cashback.plugin.infrastructure.scheduling.BackgroundTasks;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** An import no background thread can take is refused with a reason, and leaves no job behind. */
class PurchaseImportsTest {

  @Test
  void anImportNoThreadTakes_isRefusedWithAReason_andLeavesNoJob() {
    PurchaseImports imports = new PurchaseImports();
    imports.executor =
        new BackgroundTasks() {
          @Override
          public Future<?> submit(Runnable task) {
            throw new RejectedExecutionException("queue full");
          }
        };
    assertThatThrownBy(() -> imports.start(List.of(), "orders.csv", "admin"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("try again");
    assertThat(imports.jobs()).isZero();
  }
}
