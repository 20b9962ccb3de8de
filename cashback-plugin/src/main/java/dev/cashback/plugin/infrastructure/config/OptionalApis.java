package dev.cashback.plugin.infrastructure.config;

import java.util.List;
import java.util.function.Consumer;

/**
 * The MicroProfile APIs the plugin can do without, and what is off when the host's runtime lacks
 * one. Said once at start-up, so an operator knows why there is no {@code /metrics} or {@code
 * /openapi} rather than finding out later.
 */
public final class OptionalApis {

  private record Api(String name, String probeClass, String whatIsOff) {}

  private static final List<Api> APIS =
      List.of(
          new Api(
              "MicroProfile Metrics",
              "org.eclipse.microprofile.metrics.MetricRegistry",
              "the cashback counters and the intake latency timer are off"),
          new Api(
              "MicroProfile Health",
              "org.eclipse.microprofile.health.HealthCheck",
              "there is no /health/ready or /health/live for a load balancer"),
          new Api(
              "MicroProfile OpenAPI",
              "org.eclipse.microprofile.openapi.OASFilter",
              "there is no /openapi description of the REST API (the API works the same)"));

  private OptionalApis() {}

  /** Tells {@code say} about each optional API the runtime does not offer. */
  public static void reportMissing(Consumer<String> say) {
    for (Api api : APIS) {
      if (!available(api.probeClass())) {
        say.accept(api.name() + " is not available in this runtime: " + api.whatIsOff());
      }
    }
  }

  /** Whether the runtime makes the API's class visible to the plugin. */
  public static boolean available(String probeClass) {
    try {
      Class.forName(probeClass, false, OptionalApis.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
