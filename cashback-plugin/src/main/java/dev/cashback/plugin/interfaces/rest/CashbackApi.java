package dev.cashback.plugin.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The plugin's JAX-RS application. It names its classes, so it never picks up the host's own
 * resources, and the host's application never picks up these.
 */
@ApplicationPath("/api/cashback/v1")
public class CashbackApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(PurchaseIntakeResource.class);
  }
}
