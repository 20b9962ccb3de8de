package dev.cashback.plugin.application.shared;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs each host call through a boundary of its own, outside every other interceptor of the called
 * bean.
 *
 * <p>Why: on Payara (as on GlassFish) the {@code @Transactional} interceptor notes, on entry, what
 * the calling thread may do with {@code UserTransaction}, and restores it on exit, from a field of
 * the interceptor instance, and a shared bean has one interceptor instance for all threads. When a
 * plugin thread inside a transaction enters the same bean while the host's thread is in it, the
 * host's thread leaves with the plugin thread's note, and the host's next {@code
 * UserTransaction.commit()} fails with "Operation not allowed": a host that demarcates its own
 * transactions would lose its purchase. The boundary is a new bean instance for every call, so its
 * own {@code @Transactional} interceptor (which changes no transaction: SUPPORTS, never marking for
 * rollback) is this call's alone and restores what the host's thread had.
 */
@HostEntry
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class HostEntryInterceptor {

  @Inject Instance<HostEntryBoundary> boundaries;

  @AroundInvoke
  Object enter(InvocationContext call) throws Exception {
    Instance.Handle<HostEntryBoundary> boundary = boundaries.getHandle();
    try {
      return boundary.get().proceed(call);
    } finally {
      boundary.destroy();
    }
  }
}
