package dev.cashback.sample.lms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * The host's side of a test: work in one transaction of its own, committed on return (or rolled
 * back), as the host's checkout and refunds run theirs ({@code @Transactional}).
 *
 * <p>Tests do not use {@code UserTransaction} for this: they call the plugin's inner beans on their
 * own thread, as no host does, and on Payara the {@code @Transactional} interceptor of a shared
 * bean can leave the calling thread marked as not allowed to use {@code UserTransaction} when other
 * threads call the same bean at once (the timers and background grants do), which would fail a test
 * for no fault of the plugin. What the host calls is guarded against that ({@code HostEntry}), and
 * {@code HostEventSafetyIT} proves it with a host that does use {@code UserTransaction}.
 */
@ApplicationScoped
public class HostTransactions {

  /** Work that may throw anything; what it throws is left to the caller. */
  public interface Work {
    void run() throws Exception;
  }

  /** Work with a result. */
  public interface Result<T> {
    T get() throws Exception;
  }

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry registry;

  @Transactional(rollbackOn = Exception.class)
  public void inTransaction(Work work) throws Exception {
    work.run();
  }

  @Transactional(rollbackOn = Exception.class)
  public <T> T inTransaction(Result<T> work) throws Exception {
    return work.get();
  }

  /** The work, then the transaction rolled back, as a host's checkout that failed after it. */
  @Transactional(rollbackOn = Exception.class)
  public void rolledBack(Work work) throws Exception {
    work.run();
    registry.setRollbackOnly();
  }
}
