package dev.cashback.sample.lms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The host's side of a model step: work in one transaction of its own, committed on return, as the
 * host's checkout and refunds run theirs ({@code @Transactional}). The test does not use {@code
 * UserTransaction} directly: on Payara the {@code @Transactional} interceptor of a shared bean can
 * leave the calling thread marked as not allowed to use it when other threads call the same bean at
 * once (the retry timer does), which would fail the test for no fault of the plugin.
 */
@ApplicationScoped
public class ModelHost {

  /** Work that may throw anything; what it throws is left to the caller. */
  public interface Work {
    void run() throws Exception;
  }

  @Transactional(rollbackOn = Exception.class)
  public void inTransaction(Work work) throws Exception {
    work.run();
  }
}
