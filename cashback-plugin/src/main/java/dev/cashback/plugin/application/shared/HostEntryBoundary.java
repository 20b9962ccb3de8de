package dev.cashback.plugin.application.shared;

import jakarta.enterprise.context.Dependent;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * One host call's own transactional interceptor (see {@link HostEntryInterceptor}): it joins the
 * host's transaction if there is one, starts none, and leaves rollback to the beans it calls.
 */
@Dependent
public class HostEntryBoundary {

  @Transactional(value = TxType.SUPPORTS, dontRollbackOn = Exception.class)
  public Object proceed(InvocationContext call) throws Exception {
    return call.proceed();
  }
}
